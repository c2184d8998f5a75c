package org.incidentatlas.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.parsers.DocumentBuilderFactory;
import org.incidentatlas.domain.Actors;
import org.incidentatlas.domain.Incident;
import org.incidentatlas.domain.Place;
import org.incidentatlas.domain.Provenance;
import org.incidentatlas.domain.SampleIncidents;
import org.incidentatlas.domain.Source;
import org.incidentatlas.domain.Sourcing;
import org.incidentatlas.domain.ProgressListener;
import org.incidentatlas.store.Database;
import org.incidentatlas.store.IncidentRepository;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * Generated markup and formulas in every kind of imported text, exported: nothing a viewer renders (KML balloons) or a
 * spreadsheet runs (CSV cells) comes alive, and the data stay what they were.
 */
class ExportInjectionTest {
    /** Markup a KML balloon (HTML) would act on. */
    static final List<String> MARKUP = List.of("<img src=x onerror=alert(1)>",
            "<a href=\"javascript:alert(document.cookie)\">report</a>", "<script>alert(1)</script>",
            "\"><svg onload=alert(1)>", "&lt;b&gt;bold&lt;/b&gt; & co", "<iframe src=//example.org/x></iframe>",
            "it's <b>bold</b>", "<![CDATA[x]]>", "<style>body{display:none}</style>");
    /** Cells a spreadsheet would run as formulas (OWASP's CSV injection examples and their kin). */
    static final List<String> FORMULAS = List.of("=HYPERLINK(\"http://example.org/x\",\"click\")",
            "+cmd|' /C calc'!A0", "-2+3+cmd|' /C calc'!A0", "@SUM(1+1)*cmd|' /C calc'!A0", "\t=1+1", "\r=1+1",
            "=1+1", "-", "+964 770 000", "@mention");

    @TempDir
    Path dir;
    private Database db;
    private IncidentRepository repository;
    private final List<String> hostile = new ArrayList<>();

    @BeforeEach
    void fill() {
        db = Database.open(dir.resolve("db"));
        repository = new IncidentRepository(db);
        hostile.addAll(MARKUP);
        hostile.addAll(FORMULAS);
        List<Incident> incidents = new ArrayList<>();
        for (int k = 0; k < hostile.size(); k++) {
            String s = hostile.get(k);
            Incident base = SampleIncidents.full("curated", "h" + k);
            Place p = base.place();
            Source report = new Source(s, null, s, k % 2 == 0 ? "javascript:alert(1)" : "https://example.org/" + k,
                    s, null, null);
            incidents.add(new Incident(base.dates(), new Place(s, s, s, -p.latitude(), -p.longitude(),
                    p.precision()), new Actors(s, s, base.actors().claim()), base.type(), s, base.casualties(),
                    new Sourcing(List.of(report), null, null, null), new Provenance("curated", "1", s + "-" + k, s),
                    Map.of("x", s), s, null));
        }
        repository.saveAll(incidents);
    }

    @AfterEach
    void close() {
        db.close();
    }

    @Test
    void kmlBalloonsShowMarkupAsTextAndLinkOnlyWebAddresses() throws Exception {
        Path out = dir.resolve("x.kml");
        DataExport.write(DataFormat.KML, repository, null, "<b>title</b>", out, ProgressListener.NONE);
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        NodeList descriptions = factory.newDocumentBuilder().parse(out.toFile())
                .getElementsByTagNameNS("http://www.opengis.net/kml/2.2", "description");
        assertEquals(hostile.size(), descriptions.getLength());
        Pattern tag = Pattern.compile("<\\s*/?\\s*([a-zA-Z!?][^\\s>/]*)([^>]*)>");
        int links = 0;
        for (int k = 0; k < descriptions.getLength(); k++) {
            String html = ((Element) descriptions.item(k)).getTextContent();
            Matcher m = tag.matcher(html);
            while (m.find()) {
                String name = m.group(1).toLowerCase(java.util.Locale.ROOT);
                assertTrue(name.equals("br") || name.equals("a"), "live tag <" + name + "> in: " + html);
                if (name.equals("a") && !m.group(0).startsWith("</")) {
                    assertTrue(m.group(2).matches(" href=\"https://example\\.org/\\d+\""), m.group(0));
                    links++;
                }
            }
            assertFalse(html.toLowerCase(java.util.Locale.ROOT).contains("href=\"javascript"), html);
        }
        assertEquals(hostile.size() / 2, links, "each web address is a link, nothing else is");
        String all = Files.readString(out);
        assertTrue(all.contains("&amp;lt;img src=x onerror=alert(1)&amp;gt;"), "markup escaped twice (HTML in XML)");
    }

    @Test
    void csvCellsNeverStartAFormulaAndNumbersStayNumbers() throws Exception {
        Path out = dir.resolve("x.csv");
        DataExport.write(DataFormat.CSV, repository, null, "", out, ProgressListener.NONE);
        List<Map<String, String>> rows = new ArrayList<>();
        try (MappingIterator<Map<String, String>> it = new CsvMapper().readerFor(Map.class)
                .with(CsvSchema.emptySchema().withHeader()).readValues(out.toFile())) {
            it.forEachRemaining(rows::add);
        }
        assertEquals(hostile.size(), rows.size());
        List<String> numeric = List.of("year", "date_prec", "type_of_violence", "latitude", "longitude", "where_prec",
                "deaths_a", "deaths_b", "deaths_civilians", "deaths_unknown", "low", "best", "high", "wounded_low",
                "wounded_best", "wounded_high", "missing_low", "missing_best", "missing_high", "number_of_sources");
        for (Map<String, String> row : rows) {
            for (Map.Entry<String, String> cell : row.entrySet()) {
                String v = cell.getValue();
                if (v.isEmpty()) {
                    continue;
                }
                if (numeric.contains(cell.getKey())) {
                    Double.parseDouble(v);
                    continue;
                }
                assertFalse("=+-@\t\r".indexOf(v.charAt(0)) >= 0, cell.getKey() + " starts a formula: " + v);
            }
            String name = row.get("where_coordinates");
            String expected = hostile.stream().filter(h -> h.equals(name) || ("'" + h).equals(name)).findFirst()
                    .orElseThrow(() -> new AssertionError("place name changed: " + name));
            assertEquals("=+-@\t\r".indexOf(expected.charAt(0)) >= 0 ? "'" + expected : expected, name);
            assertTrue(Double.parseDouble(row.get("latitude")) < 0, "a negative latitude stays a number");
        }
        assertEquals(hostile.size(), rows.stream().map(r -> r.get("where_coordinates")).distinct().count());
    }

    @Test
    void geoJsonPropertiesKeepTheTextAsData() throws Exception {
        Path out = dir.resolve("x.geojson");
        DataExport.write(DataFormat.GEOJSON, repository, null, "", out, ProgressListener.NONE);
        List<String> names = new ArrayList<>();
        new ObjectMapper().readTree(out.toFile()).get("features")
                .forEach(f -> f.get("properties").fields().forEachRemaining(e -> names.add(e.getKey())));
        assertFalse(names.stream().anyMatch(n -> n.toLowerCase(java.util.Locale.ROOT).contains("html")
                || n.equals("description") || n.equals("popupContent")), "a property viewers render as HTML");
    }
}
