package org.incidentatlas.ingest;

import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * ACLED exports written for the tests to ACLED's codebook, in its two layouts: invented events, never ACLED's data.
 * Row by row (file line of each record in {@link #text}):
 *
 * <pre>
 * IRQ1001  Explosions/Remote violence, Suicide bomb, 12 killed, two outlets, notes with a line break (2 lines)
 * IRQ1002  Protests, Peaceful protest, 0 killed, dated 9-May-20
 * IRQ1003  Battles, Armed clash, 3 killed, week and near
 * IRQ1004  Strategic developments, Looting/property destruction, month and region
 * IRQ1005  Riots, Violent demonstration, 1 killed
 * IRQ1006  Violence against civilians, Attack, 2 killed
 * </pre>
 */
public final class AcledSample {
    static final List<String> OLD = List.of("data_id", "iso", "event_id_cnty", "event_id_no_cnty", "event_date",
            "year", "time_precision", "event_type", "sub_event_type", "actor1", "assoc_actor_1", "inter1", "actor2",
            "assoc_actor_2", "inter2", "interaction", "region", "country", "admin1", "admin2", "admin3", "location",
            "latitude", "longitude", "geo_precision", "source", "source_scale", "notes", "fatalities", "timestamp",
            "iso3");
    public static final List<String> CURRENT = List.of("event_id_cnty", "event_date", "year", "time_precision",
            "disorder_type", "event_type", "sub_event_type", "actor1", "assoc_actor_1", "inter1", "actor2",
            "assoc_actor_2", "inter2", "interaction", "civilian_targeting", "iso", "region", "country", "admin1",
            "admin2", "admin3", "location", "latitude", "longitude", "geo_precision", "source", "source_scale", "notes",
            "fatalities", "tags", "timestamp", "population_1km", "population_2km", "population_5km",
            "population_best");

    private AcledSample() {
    }

    static List<Map<String, String>> rows() {
        List<Map<String, String>> rows = new ArrayList<>();
        rows.add(row("1001", "2020-12-31", "1", "Political violence", "Explosions/Remote violence", "Suicide bomb",
                "Islamic State (Iraq)", "Civilians (Iraq)", "Baghdad", "Baghdad", "Karkh", "Baghdad - Bab al-Sharqi",
                "33.3294", "44.4202", "1", "Shafaq News; Rudaw;  Xinhua", "National-International",
                "On 31 December 2020, a suicide bomber blew himself up in a market, \"killing 12\".\nFigures vary.",
                "12"));
        rows.add(row("1002", "2020-05-09", "1", "Demonstrations", "Protests", "Peaceful protest",
                "Protesters (Iraq)", "", "Basra", "Basra", "Basra", "Basra", "30.5085", "47.7804", "1",
                "Shafaq News", "National", "Protesters demanded jobs and electricity.", "0"));
        rows.add(row("1003", "2020-11-03", "2", "Political violence", "Battles", "Armed clash",
                "Military Forces of Iraq (2020-)", "Islamic State (Iraq)", "Kirkuk", "Hawiga", "Al-Riyadh",
                "Wadi al-Shay", "35.3100", "43.9500", "2", "Kurdistan 24", "Regional",
                "Clashes in the Wadi al-Shay area.", "3"));
        rows.add(row("1004", "2020-10-15", "3", "Strategic developments", "Strategic developments",
                "Looting/property destruction", "Unidentified Armed Group (Iraq)", "Civilians (Iraq)", "Ninewa",
                "Sinjar", "Sinjar", "Sinjar", "36.3209", "41.8754", "3", "Rudaw", "Regional",
                "Houses were looted during October.", "0"));
        rows.add(row("1005", "2020-06-01", "1", "Demonstrations", "Riots", "Violent demonstration",
                "Rioters (Iraq)", "Police Forces of Iraq (2020-)", "Dhi-Qar", "Nassriya", "Nassriya", "Nasiriyah",
                "31.0439", "46.2576", "1", "Al Sumaria", "National", "One rioter was killed.", "1"));
        rows.add(row("1006", "2020-08-20", "1", "Political violence", "Violence against civilians", "Attack",
                "Unidentified Armed Group (Iraq)", "Civilians (Iraq)", "Diyala", "Muqdadiya", "Muqdadiya",
                "Muqdadiya", "33.9783", "44.9369", "1", "Shafaq News", "National", "Two farmers were shot.", "2"));
        return rows;
    }

    /** {@code n} rows: the sample's six events over and over, each with its own event id. */
    public static List<Map<String, String>> many(int n) {
        List<Map<String, String>> six = rows();
        List<Map<String, String>> out = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            Map<String, String> r = new LinkedHashMap<>(six.get(i % six.size()));
            r.put("event_id_cnty", "IRQ" + (100_000 + i));
            r.put("event_id_no_cnty", Integer.toString(100_000 + i));
            out.add(r);
        }
        return out;
    }

    /**
     * One row from, in order: number, event_date, time_precision, disorder_type, event_type, sub_event_type, actor1,
     * actor2, admin1, admin2, admin3, location, latitude, longitude, geo_precision, source, source_scale, notes,
     * fatalities.
     */
    private static Map<String, String> row(String... v) {
        String n = v[0];
        String date = v[1];
        String actor2 = v[7];
        Map<String, String> r = new LinkedHashMap<>();
        r.put("data_id", "77" + n);
        r.put("iso", "368");
        r.put("event_id_cnty", "IRQ" + n);
        r.put("event_id_no_cnty", n);
        r.put("event_date", date);
        r.put("year", date.substring(0, 4));
        r.put("time_precision", v[2]);
        r.put("disorder_type", v[3]);
        r.put("event_type", v[4]);
        r.put("sub_event_type", v[5]);
        r.put("actor1", v[6]);
        r.put("assoc_actor_1", "");
        r.put("inter1", "2");
        r.put("actor2", actor2);
        r.put("assoc_actor_2", "");
        r.put("inter2", actor2.isEmpty() ? "0" : "7");
        r.put("interaction", actor2.isEmpty() ? "20" : "27");
        r.put("civilian_targeting", actor2.startsWith("Civilians") ? "Civilian targeting" : "");
        r.put("region", "Middle East");
        r.put("country", "Iraq");
        r.put("admin1", v[8]);
        r.put("admin2", v[9]);
        r.put("admin3", v[10]);
        r.put("location", v[11]);
        r.put("latitude", v[12]);
        r.put("longitude", v[13]);
        r.put("geo_precision", v[14]);
        r.put("source", v[15]);
        r.put("source_scale", v[16]);
        r.put("notes", v[17]);
        r.put("fatalities", v[18]);
        r.put("tags", "");
        r.put("timestamp", "1618523412");
        r.put("iso3", "IRQ");
        r.put("population_1km", "1200");
        r.put("population_2km", "5400");
        r.put("population_5km", "27000");
        r.put("population_best", "5400");
        return r;
    }

    /** The rows in {@code layout} as a CSV file: with a UTF-8 byte order mark and CRLF line ends, as ACLED's are. */
    public static String text(List<String> layout, List<Map<String, String>> rows) {
        CsvSchema.Builder schema = CsvSchema.builder().setUseHeader(true).setLineSeparator("\r\n");
        layout.forEach(schema::addColumn);
        StringWriter out = new StringWriter();
        out.write('\uFEFF');
        try {
            new CsvMapper().writer(schema.build()).writeValues(out).writeAll(rows.stream()
                    .map(r -> layout.stream().map(c -> r.getOrDefault(c, "")).toList()).toList());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }
}
