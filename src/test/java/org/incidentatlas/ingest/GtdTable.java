package org.incidentatlas.ingest;

import java.nio.charset.Charset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * GTD tables written to the codebook's layout (its 135 columns, in its order) for tests. The events are invented:
 * GTD's terms forbid redistributing its data, so nothing here comes from it.
 */
public final class GtdTable {
    /** The codebook's columns in file order. */
    public static final List<String> COLUMNS = List.of(("eventid iyear imonth iday approxdate extended resolution "
            + "country country_txt region region_txt provstate city latitude longitude specificity vicinity location "
            + "summary crit1 crit2 crit3 doubtterr alternative alternative_txt multiple success suicide attacktype1 "
            + "attacktype1_txt attacktype2 attacktype2_txt attacktype3 attacktype3_txt targtype1 targtype1_txt "
            + "targsubtype1 targsubtype1_txt corp1 target1 natlty1 natlty1_txt targtype2 targtype2_txt targsubtype2 "
            + "targsubtype2_txt corp2 target2 natlty2 natlty2_txt targtype3 targtype3_txt targsubtype3 "
            + "targsubtype3_txt corp3 target3 natlty3 natlty3_txt gname gsubname gname2 gsubname2 gname3 gsubname3 "
            + "motive guncertain1 guncertain2 guncertain3 individual nperps nperpcap claimed claimmode claimmode_txt "
            + "claim2 claimmode2 claimmode2_txt claim3 claimmode3 claimmode3_txt compclaim weaptype1 weaptype1_txt "
            + "weapsubtype1 weapsubtype1_txt weaptype2 weaptype2_txt weapsubtype2 weapsubtype2_txt weaptype3 "
            + "weaptype3_txt weapsubtype3 weapsubtype3_txt weaptype4 weaptype4_txt weapsubtype4 weapsubtype4_txt "
            + "weapdetail nkill nkillus nkillter nwound nwoundus nwoundte property propextent propextent_txt "
            + "propvalue propcomment ishostkid nhostkid nhostkidus nhours ndays divert kidhijcountry ransom "
            + "ransomamt ransomamtus ransompaid ransompaidus ransomnote hostkidoutcome hostkidoutcome_txt nreleased "
            + "addnotes scite1 scite2 scite3 dbsource INT_LOG INT_IDEO INT_MISC INT_ANY related").split(" "));

    public static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    private final List<Map<String, Object>> rows = new ArrayList<>();

    /** One invented car bombing in Tall \u2018Afar, as the codebook would code it; {@code changes} override cells. */
    public static Map<String, Object> event(Object... changes) {
        Map<String, Object> r = new LinkedHashMap<>();
        COLUMNS.forEach(c -> r.put(c, ""));
        Object[] values = {"eventid", "201406100001", "iyear", 2014, "imonth", 6, "iday", 10, "extended", 0,
            "country", 95, "country_txt", "Iraq", "region", 10, "region_txt", "Middle East & North Africa",
            "provstate", "Nineveh", "city", "Tall \u2018Afar", "latitude", 36.3765, "longitude", 42.4497,
            "specificity", 1, "vicinity", 0,
            "summary", "06/10/2014: An explosives-laden car was detonated at a police checkpoint \u2013 five died.",
            "crit1", 1, "crit2", 1, "crit3", 1, "doubtterr", 0, "multiple", 0, "success", 1, "suicide", 0,
            "attacktype1", 3, "attacktype1_txt", "Bombing/Explosion", "targtype1", 3, "targtype1_txt", "Police",
            "targsubtype1", 22, "targsubtype1_txt", "Police Checkpoint", "corp1", "Iraqi Police",
            "target1", "Checkpoint", "natlty1", 95, "natlty1_txt", "Iraq",
            "gname", "Islamic State of Iraq and the Levant (ISIL)", "guncertain1", 0, "individual", 0,
            "nperps", -99, "nperpcap", -99, "claimed", 0, "weaptype1", 6, "weaptype1_txt", "Explosives",
            "weapsubtype1", 15, "weapsubtype1_txt", "Vehicle", "weapdetail", "A car bomb was used.",
            "nkill", 5, "nkillus", 0, "nkillter", 1, "nwound", 12, "nwoundus", 0, "nwoundte", 0, "property", 1,
            "propextent", 4, "propextent_txt", "Unknown", "propvalue", -99, "ishostkid", 0,
            "scite1", "\"Car bomb hits checkpoint,\" Example Wire, June 10, 2014, https://news.example/iq/1.",
            "scite2", "\"Five dead in Tall \u2018Afar blast,\" Example Daily, June 11, 2014.",
            "dbsource", "START Primary Collection", "INT_LOG", -9, "INT_IDEO", -9, "INT_MISC", 0, "INT_ANY", -9};
        for (int i = 0; i < values.length; i += 2) {
            r.put((String) values[i], values[i + 1]);
        }
        for (int i = 0; i < changes.length; i += 2) {
            if (!r.containsKey((String) changes[i])) {
                throw new IllegalArgumentException("no GTD column " + changes[i]);
            }
            r.put((String) changes[i], changes[i + 1]);
        }
        return r;
    }

    public GtdTable add(Map<String, Object> row) {
        rows.add(row);
        return this;
    }

    /** CSV text (commas, RFC 4180 quoting, CRLF), to be written in Windows-1252 as GTD publishes it. */
    public String csv() {
        StringBuilder b = new StringBuilder(String.join(",", COLUMNS)).append("\r\n");
        for (Map<String, Object> row : rows) {
            List<String> cells = new ArrayList<>();
            for (String c : COLUMNS) {
                String v = String.valueOf(row.get(c));
                cells.add(v.matches(".*[\",\r\n].*") ? "\"" + v.replace("\"", "\"\"") + "\"" : v);
            }
            b.append(String.join(",", cells)).append("\r\n");
        }
        return b.toString();
    }

    public byte[] csvWindows1252() {
        return csv().getBytes(WINDOWS_1252);
    }

    /** The same rows as an .xlsx workbook: numbers as number cells, text as (shared) strings, blanks left out. */
    public byte[] xlsx() {
        List<List<Object>> sheet = new ArrayList<>();
        sheet.add(new ArrayList<>(COLUMNS));
        for (Map<String, Object> row : rows) {
            List<Object> cells = new ArrayList<>();
            for (String c : COLUMNS) {
                Object v = row.get(c);
                cells.add("".equals(v) ? null : v);
            }
            sheet.add(cells);
        }
        return Workbooks.xlsx(sheet);
    }
}
