package org.incidentatlas.ingest;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * START's Global Terrorism Database, as its codebook lays it out (135 columns; CSV in Windows-1252 or the .xlsx most
 * people download). Recognised by {@code eventid}, {@code iyear}, {@code imonth} and {@code iday}.
 */
final class GtdFormat implements TableFormat {
    /** Columns the mapper reads; a file without them is not a GTD table. */
    static final List<String> REQUIRED = List.of("eventid", "iyear", "imonth", "iday", "extended", "country_txt",
            "provstate", "city", "latitude", "longitude", "specificity", "summary", "attacktype1_txt",
            "targtype1_txt", "gname", "weaptype1_txt", "nkill", "nwound", "scite1");

    /** The release in GTD's file names, e.g. {@code globalterrorismdb_0522dist.xlsx} is "0522" (May 2022). */
    private static final Pattern RELEASE = Pattern.compile("(\\d{4})dist", Pattern.CASE_INSENSITIVE);

    @Override
    public String name() {
        return "gtd";
    }

    @Override
    public boolean recognises(TableHeader header) {
        return header.has("eventid") && header.has("iyear") && header.has("imonth") && header.has("iday");
    }

    @Override
    public boolean mayBeWindows1252() {
        return true;
    }

    @Override
    public Rows rows(TableHeader header, String fileName) throws ImportException {
        List<String> missing = header.missing(REQUIRED);
        if (!missing.isEmpty()) {
            throw new ImportException(fileName + ": " + header.where() + ": not a GTD table: missing column(s) "
                    + String.join(", ", missing));
        }
        GtdRowMapper mapper = new GtdRowMapper(release(fileName));
        return mapper::toIncident;
    }

    /** The GTD release named in a file name, or null. */
    static String release(String fileName) {
        Matcher m = RELEASE.matcher(fileName);
        return m.find() ? m.group(1) : null;
    }
}
