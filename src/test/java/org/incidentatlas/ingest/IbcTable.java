package org.incidentatlas.ingest;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

/**
 * A table shaped like an Iraq Body Count incident export (code, dates in words, place, min and max deaths, weapons,
 * sources), with invented rows, and the mapping that reads it.
 */
public final class IbcTable {
    public static final String CSV = "IBC code,Start Date,End Date,Time,Location,Target,Weapons,Reported Minimum,"
            + "Reported Maximum,Sources,Latitude,Longitude\r\n"
            + "k10001,12 Mar 2006,12 Mar 2006,morning,\"Sadr City, Baghdad\",market,car bomb,5,7,AFP; Reuters,"
            + "33.3921,44.4660\r\n"
            + "k10002,13 Mar 2006,,,Mosul,police patrol,roadside bomb,2,2,https://news.example/a/2,36.3350,43.1189\r\n"
            + "k10003,1 Apr 2006,3 Apr 2006,,Baquba,,gunfire,4,,AP,33.7476,44.6432\r\n";

    private IbcTable() {
    }

    public static byte[] csvBytes() {
        return CSV.getBytes(StandardCharsets.UTF_8);
    }

    public static TableMapping mapping() {
        return new TableMapping(Map.ofEntries(Map.entry("dataset", "ibc"), Map.entry("version", "2024-01"),
                Map.entry("licence", "CC BY-NC 4.0"), Map.entry("id", "IBC code"), Map.entry("startDate", "Start Date"),
                Map.entry("endDate", "End Date"), Map.entry("dateFormat", "d MMM yyyy"),
                Map.entry("latitude", "Latitude"), Map.entry("longitude", "Longitude"),
                Map.entry("deathsLow", "Reported Minimum"), Map.entry("deathsHigh", "Reported Maximum"),
                Map.entry("place", "Location"), Map.entry("type", "Weapons"), Map.entry("source", "Sources")));
    }

    /** The mapping's JSON, as the dialog saves it and {@code --mapping} reads it. */
    public static List<String> mappingJsonLines() {
        return List.of("{", "  \"dataset\" : \"ibc\",", "  \"dateFormat\" : \"d MMM yyyy\",",
                "  \"version\" : \"2024-01\",", "  \"licence\" : \"CC BY-NC 4.0\",", "  \"id\" : \"IBC code\",",
                "  \"startDate\" : \"Start Date\",", "  \"endDate\" : \"End Date\",", "  \"latitude\" : \"Latitude\",",
                "  \"longitude\" : \"Longitude\",", "  \"deathsLow\" : \"Reported Minimum\",",
                "  \"deathsHigh\" : \"Reported Maximum\",", "  \"place\" : \"Location\",", "  \"type\" : \"Weapons\",",
                "  \"source\" : \"Sources\"", "}");
    }
}
