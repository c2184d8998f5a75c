package org.incidentatlas.ingest;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The header row of a table: column names in file order, found by name. Names are stripped of blanks and a leading
 * byte order mark; a lookup that misses the exact spelling tries the name without regard to case.
 */
public final class TableHeader {
    private final List<String> names;
    private final Map<String, Integer> index;
    private final Map<String, Integer> folded;
    private final String where;

    private TableHeader(List<String> names, Map<String, Integer> index, Map<String, Integer> folded, String where) {
        this.names = names;
        this.index = index;
        this.folded = folded;
        this.where = where;
    }

    /**
     * @param raw      the header cells as read
     * @param where    where the header is, e.g. "line 1" or "sheet 'Data' row 1"
     * @param fileName for the message when a name appears twice
     */
    static TableHeader of(String[] raw, String where, String fileName) throws ImportException {
        List<String> names = new ArrayList<>(raw.length);
        Map<String, Integer> index = new HashMap<>();
        Map<String, Integer> folded = new HashMap<>();
        for (int i = 0; i < raw.length; i++) {
            String name = raw[i] == null ? "" : raw[i].strip();
            if (i == 0 && name.startsWith("\uFEFF")) {
                name = name.substring(1).strip();
            }
            names.add(name);
            if (name.isEmpty()) {
                continue;
            }
            if (index.putIfAbsent(name, i) != null) {
                throw new ImportException(fileName + ": " + where + ": column '" + name + "' appears twice");
            }
            folded.putIfAbsent(name.toLowerCase(Locale.ROOT), i);
        }
        return new TableHeader(Collections.unmodifiableList(names), index, folded, where);
    }

    /** The column's position, or null when the table has no such column. */
    public Integer index(String name) {
        Integer i = index.get(name);
        return i != null ? i : folded.get(name.toLowerCase(Locale.ROOT));
    }

    public boolean has(String name) {
        return index(name) != null;
    }

    /** The names the table lacks, of those given. */
    public List<String> missing(List<String> required) {
        return required.stream().filter(c -> !has(c)).toList();
    }

    /** Column names in file order (empty for a header cell left blank). */
    public List<String> names() {
        return names;
    }

    /** How many columns the header has, blank ones included. */
    public int width() {
        return names.size();
    }

    /** Where the header is, e.g. "line 1". */
    public String where() {
        return where;
    }
}
