package org.incidentatlas.index;

import java.util.ArrayList;
import java.util.List;

/**
 * One OCHA administrative area (governorate, district or sub-district).
 *
 * @param pcode       OCHA p-code, e.g. {@code IQG15}, {@code IQG15Q05} or {@code IQG15Q05N01}
 * @param name        English name as OCHA writes it
 * @param arabicName  Arabic name as OCHA writes it, or {@code null}
 * @param parentPcode the p-code of the area one level up, {@code null} for a governorate
 * @param altNames    OCHA's alternative names, English and Arabic
 */
public record AdminArea(String pcode, String name, String arabicName, String parentPcode, List<String> altNames) {
    public AdminArea {
        altNames = List.copyOf(altNames);
    }

    /**
     * True when {@code query} is this area's p-code or one of its English or Arabic names, ignoring case, accents,
     * Arabic diacritics and the Arabic letter variants {@link TextFold} folds.
     */
    public boolean matches(String query) {
        if (query == null) {
            return false;
        }
        if (query.strip().equalsIgnoreCase(pcode)) {
            return true;
        }
        String q = TextFold.fold(query);
        if (q.isEmpty()) {
            return false;
        }
        return names().stream().anyMatch(n -> q.equals(TextFold.fold(n)));
    }

    /** True when {@code query} spells one of this area's names another way (see {@link NameKey}). */
    public boolean matchesLoosely(String query) {
        String q = NameKey.of(query);
        return !q.isEmpty() && names().stream().anyMatch(n -> q.equals(NameKey.of(n)));
    }

    /** The English name, the Arabic name and the alternative names. */
    private List<String> names() {
        List<String> all = new ArrayList<>(altNames.size() + 2);
        all.add(name);
        if (arabicName != null) {
            all.add(arabicName);
        }
        all.addAll(altNames);
        return all;
    }

    /** "Ninewa (IQG15)". */
    public String label() {
        return name + " (" + pcode + ")";
    }

    /** The name in the language asked for: "Ninewa", "نينوى" or "Ninewa · نينوى" (English when there is no Arabic). */
    public String name(boolean english, boolean arabic) {
        if (arabicName == null || arabicName.isBlank() || !arabic) {
            return name;
        }
        return english ? name + " · " + arabicName : arabicName;
    }
}
