package org.incidentatlas.render;

import java.util.ArrayList;
import java.util.List;
import org.incidentatlas.domain.CommonCategory;
import org.incidentatlas.index.FilterCodes;
import org.incidentatlas.index.TimeIndex;

/**
 * Which colour each incident of an index is drawn in, and what the legend says of each colour. Colours are slots of
 * {@link IncidentStyle}'s palette: by type of violence the four type colours, by common category or by dataset the
 * class colours (datasets past the seventh share the last one, "other datasets"). Holds one byte per incident for the
 * category and dataset keys (none for the type, read from the index). Immutable.
 */
public final class ColourKey {
    /** By UCDP type of violence, for any index. */
    public static final ColourKey TYPES = new ColourKey(ColourBy.TYPE, null,
            List.of(IncidentStyle.typeName(1), IncidentStyle.typeName(2), IncidentStyle.typeName(3),
                    IncidentStyle.typeName(0)),
            new int[] {1, 2, 3, 0});

    private final ColourBy by;
    /** Palette slot per incident, or null to take the type of violence. */
    private final byte[] slots;
    private final List<String> names;
    private final int[] legendSlots;

    private ColourKey(ColourBy by, byte[] slots, List<String> names, int[] legendSlots) {
        this.by = by;
        this.slots = slots;
        this.names = List.copyOf(names);
        this.legendSlots = legendSlots.clone();
    }

    /**
     * The key of {@code by} for the incidents of {@code points}; {@code codes} (the same incidents' filter codes) give
     * the common category, and may be null for the other keys.
     */
    public static ColourKey of(ColourBy by, TimeIndex points, FilterCodes codes) {
        return switch (by) {
            case TYPE -> TYPES;
            case DATASET -> byDataset(points);
            case CATEGORY -> byCategory(points, codes);
        };
    }

    private static ColourKey byDataset(TimeIndex points) {
        List<String> keys = points.datasetKeys();
        int classes = Math.min(keys.size(), IncidentStyle.CLASS_COLOURS);
        List<String> names = new ArrayList<>();
        for (int k = 0; k < classes; k++) {
            boolean other = k == IncidentStyle.CLASS_COLOURS - 1 && keys.size() > IncidentStyle.CLASS_COLOURS;
            names.add(other ? "other datasets" : keys.get(k));
        }
        byte[] slots = new byte[points.size()];
        for (int i = 0; i < slots.length; i++) {
            slots[i] = (byte) classSlot(points.datasetCode(i));
        }
        return new ColourKey(ColourBy.DATASET, slots, names, legend(classes));
    }

    private static ColourKey byCategory(TimeIndex points, FilterCodes codes) {
        if (codes == null) {
            throw new IllegalArgumentException("colouring by common category needs the filter codes");
        }
        CommonCategory[] all = CommonCategory.values();
        List<String> names = new ArrayList<>();
        for (CommonCategory c : all) {
            names.add(c.words());
        }
        byte[] slots = new byte[points.size()];
        boolean aligned = codes.sameOrderAs(points);
        for (int i = 0; i < slots.length; i++) {
            int at = aligned ? i : codes.indexOf(points.id(i));
            int code = at < 0 ? CommonCategory.OTHER.code() : codes.category(at);
            slots[i] = (byte) classSlot(code - 1);
        }
        return new ColourKey(ColourBy.CATEGORY, slots, names, legend(all.length));
    }

    private static int classSlot(int k) {
        return IncidentStyle.FIRST_CLASS_SLOT + Math.min(k, IncidentStyle.CLASS_COLOURS - 1);
    }

    private static int[] legend(int classes) {
        int[] out = new int[classes];
        for (int k = 0; k < classes; k++) {
            out[k] = classSlot(k);
        }
        return out;
    }

    public ColourBy by() {
        return by;
    }

    /** The palette slot incident i of {@code index} is drawn in; the index must be the one the key was made for. */
    int slot(TimeIndex index, int i) {
        if (slots == null) {
            int t = index.violenceType(i);
            return t >= 1 && t <= 3 ? t : 0;
        }
        return slots[i];
    }

    /** Whether the key was made for an index of this many incidents (a key of another index is not used). */
    boolean fits(TimeIndex index) {
        return slots == null || slots.length == index.size();
    }

    /** The legend's heading. */
    public String heading() {
        return by.label();
    }

    /** The legend's entries, in order. */
    public List<String> names() {
        return names;
    }

    /** The ARGB colour of legend entry k. */
    public int colour(int k) {
        return IncidentStyle.slotColour(legendSlots[k]);
    }
}
