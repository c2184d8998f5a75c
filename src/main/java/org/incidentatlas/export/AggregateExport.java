package org.incidentatlas.export;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.incidentatlas.domain.Estimate;
import org.incidentatlas.domain.Incident;
import org.incidentatlas.index.AdminArea;
import org.incidentatlas.index.AdminAreas;
import org.incidentatlas.store.IncidentRepository;

/**
 * Aggregated data exports ({@code export csv|geojson --by place|governorate|district|subdistrict|month}): one row or
 * feature per place (exact coordinates), administrative area (point in polygon over the bundled OCHA boundaries) or
 * month of the start date, each with {@code incidents}, {@code deathsLow}, {@code deathsBest}, {@code deathsHigh}, and
 * the area's name and p-code, the place's coordinates, or the month. Incidents that fall in no area of the level are
 * one row of their own with an empty p-code, so the rows always add up to the incidents exported.
 */
public final class AggregateExport {
    /** What incidents are grouped by. */
    public enum By {
        PLACE, GOVERNORATE, DISTRICT, SUBDISTRICT, MONTH;

        /** The choice for a command-line word. */
        public static By of(String word) {
            for (By b : values()) {
                if (b.name().equalsIgnoreCase(word.strip())) {
                    return b;
                }
            }
            throw new IllegalArgumentException("--by must be place, governorate, district, subdistrict or month (was '"
                    + word + "')");
        }

        public String word() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    /** One group's totals and what it is. */
    public static final class Group {
        final String key;
        final String name;
        final String pcode;
        final double latitude;
        final double longitude;
        long incidents;
        long deathsLow;
        long deathsBest;
        long deathsHigh;

        Group(String key, String name, String pcode, double latitude, double longitude) {
            this.key = key;
            this.name = name;
            this.pcode = pcode;
            this.latitude = latitude;
            this.longitude = longitude;
        }

        public long incidents() {
            return incidents;
        }

        public long deathsBest() {
            return deathsBest;
        }

        public String name() {
            return name;
        }

        public String pcode() {
            return pcode;
        }
    }

    private final By by;
    private final AdminAreas areas;
    private final Map<String, Group> groups = new LinkedHashMap<>();

    /** @param areas the areas of the level for governorate, district or subdistrict; null otherwise */
    public AggregateExport(By by, AdminAreas areas) {
        if ((by == By.GOVERNORATE || by == By.DISTRICT || by == By.SUBDISTRICT) && areas == null) {
            throw new IllegalArgumentException("grouping by " + by.word() + " needs its boundaries");
        }
        this.by = by;
        this.areas = areas;
    }

    /** Adds one incident to its group. */
    public void add(Incident incident) {
        double lat = incident.place().latitude();
        double lon = incident.place().longitude();
        Group g = switch (by) {
            case PLACE -> {
                String key = lat + "," + lon;
                yield groups.computeIfAbsent(key, k -> new Group(k, incident.place().name(), "", lat, lon));
            }
            case MONTH -> {
                String month = incident.dates().start().toString().substring(0, 7);
                yield groups.computeIfAbsent(month, k -> new Group(k, k, "", Double.NaN, Double.NaN));
            }
            default -> {
                int a = areas.locate(lat, lon);
                AdminArea area = a < 0 ? null : areas.area(a);
                String key = area == null ? "" : area.pcode();
                yield groups.computeIfAbsent(key, k -> area == null
                        ? new Group(k, "(not placed in any " + by.word() + ")", "", Double.NaN, Double.NaN)
                        : new Group(k, area.name(), area.pcode(), Double.NaN, Double.NaN));
            }
        };
        Estimate d = incident.casualties().deaths();
        g.incidents++;
        g.deathsLow += d.low();
        g.deathsBest += d.best();
        g.deathsHigh += d.high();
    }

    /** The groups, largest best-death toll first (months in calendar order). */
    public List<Group> groups() {
        List<Group> out = new ArrayList<>(groups.values());
        if (by == By.MONTH) {
            out.sort(Comparator.comparing(g -> g.key));
        } else {
            out.sort(Comparator.comparingLong((Group g) -> -g.deathsBest).thenComparingLong(g -> -g.incidents)
                    .thenComparing(g -> g.key));
        }
        return out;
    }

    /** Reads the incidents ({@code rowIds} null for all) and writes their groups; returns how many incidents. */
    public static long write(DataFormat format, By by, AdminAreas areas, IncidentRepository repository,
            long[] rowIds, String title, Path out) throws IOException {
        AggregateExport groups = new AggregateExport(by, areas);
        long n = repository.forEachIncident(rowIds, groups::add);
        AtomicFiles.write(out, stream -> {
            if (format == DataFormat.CSV) {
                groups.writeCsv(stream);
            } else if (format == DataFormat.GEOJSON) {
                groups.writeGeoJson(stream, title);
            } else {
                throw new IOException("--by works with csv and geojson, not " + format.label());
            }
        });
        return n;
    }

    private List<String> columns() {
        List<String> c = new ArrayList<>();
        switch (by) {
            case PLACE -> c.addAll(List.of("latitude", "longitude", "place"));
            case MONTH -> c.add("month");
            default -> c.addAll(List.of(by.word(), by.word() + "Pcode"));
        }
        c.addAll(List.of("incidents", "deathsLow", "deathsBest", "deathsHigh"));
        return c;
    }

    private List<Object> values(Group g) {
        List<Object> v = new ArrayList<>();
        switch (by) {
            case PLACE -> v.addAll(List.of(g.latitude, g.longitude, g.name));
            case MONTH -> v.add(g.key);
            default -> v.addAll(List.of(g.name, g.pcode));
        }
        v.addAll(List.of(g.incidents, g.deathsLow, g.deathsBest, g.deathsHigh));
        return v;
    }

    void writeCsv(OutputStream stream) throws IOException {
        Writer w = new OutputStreamWriter(stream, StandardCharsets.UTF_8);
        w.write(String.join(",", columns()));
        w.write("\r\n");
        for (Group g : groups()) {
            List<String> cells = new ArrayList<>();
            for (Object o : values(g)) {
                cells.add(o instanceof String text ? cell(text) : String.valueOf(o));
            }
            w.write(String.join(",", cells));
            w.write("\r\n");
        }
        w.flush();
    }

    /**
     * A text cell: quoted when it holds a comma, quote or line break; a leading =, +, - or @ is escaped with an
     * apostrophe so a spreadsheet shows it as text, never runs it as a formula.
     */
    static String cell(String text) {
        String t = !text.isEmpty() && "=+-@".indexOf(text.charAt(0)) >= 0 ? "'" + text : text;
        if (t.indexOf(',') >= 0 || t.indexOf('"') >= 0 || t.indexOf('\n') >= 0 || t.indexOf('\r') >= 0) {
            return '"' + t.replace("\"", "\"\"") + '"';
        }
        return t;
    }

    void writeGeoJson(OutputStream stream, String title) throws IOException {
        JsonGenerator json = new JsonFactory().createGenerator(stream, JsonEncoding.UTF8);
        json.writeStartObject();
        json.writeStringField("type", "FeatureCollection");
        json.writeStringField("name", title);
        json.writeArrayFieldStart("features");
        List<String> columns = columns();
        for (Group g : groups()) {
            json.writeStartObject();
            json.writeStringField("type", "Feature");
            if (by == By.PLACE) {
                json.writeObjectFieldStart("geometry");
                json.writeStringField("type", "Point");
                json.writeArrayFieldStart("coordinates");
                json.writeNumber(g.longitude);
                json.writeNumber(g.latitude);
                json.writeEndArray();
                json.writeEndObject();
            } else {
                json.writeNullField("geometry");
            }
            json.writeObjectFieldStart("properties");
            List<Object> values = values(g);
            for (int k = 0; k < columns.size(); k++) {
                json.writeObjectField(columns.get(k), values.get(k));
            }
            json.writeEndObject();
            json.writeEndObject();
        }
        json.writeEndArray();
        json.writeEndObject();
        json.flush();
    }
}
