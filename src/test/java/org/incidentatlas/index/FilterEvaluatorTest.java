package org.incidentatlas.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.awt.geom.Path2D;
import java.io.File;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import org.incidentatlas.domain.DatePrecision;
import org.incidentatlas.domain.LocationPrecision;
import org.incidentatlas.domain.ViolenceType;
import org.incidentatlas.domain.IncidentFacts;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Every filter and their combination on the bundled GED events, each against a count made here independently: plain
 * stream filters over the CSV rows, and governorates by {@link Path2D} (not the app's own ray test) over the bundled
 * GeoJSON.
 */
class FilterEvaluatorTest {
    private static List<IncidentFacts> facts;
    private static FilterCodes codes;
    private static Map<String, Path2D> governorateShapes;
    private static Map<String, Path2D> districtShapes;

    @BeforeAll
    static void load() throws Exception {
        facts = GedFacts.read();
        codes = FilterCodes.of(facts, AdminBoundaries.bundled());
        governorateShapes = shapes("data/basemap/irq_adm1_ocha_cod.geojson", "ADM1_PCODE");
        districtShapes = shapes("data/basemap/irq_adm2_ocha_cod.geojson", "ADM2_PCODE");
    }

    @Test
    void noFilterShowsEveryIncident() {
        assertEquals(7_473, count(IncidentFilter.NONE));
    }

    @Test
    void dateWindowKeepsIncidentsWhoseSpanOverlapsIt() {
        LocalDate from = LocalDate.of(2014, 6, 1);
        LocalDate to = LocalDate.of(2014, 6, 30);
        check(IncidentFilter.builder().from(from).to(to).build(),
                f -> !f.end().isBefore(from) && !f.start().isAfter(to));
    }

    @Test
    void typeOfViolence() {
        check(IncidentFilter.builder().types(Set.of(ViolenceType.ONE_SIDED, ViolenceType.NON_STATE)).build(),
                f -> f.violenceType() == 3 || f.violenceType() == 2);
    }

    @Test
    void actorOnEitherSideCaseInsensitive() {
        check(IncidentFilter.builder().actors(Set.of("is", "Civilians")).build(),
                f -> Set.of("IS", "Civilians").contains(f.sideA()) || Set.of("IS", "Civilians").contains(f.sideB()));
    }

    @Test
    void governorateByNameAndByPcodeAgreeWithAnIndependentPointInPolygon() {
        Predicate<IncidentFacts> inNinewa = f -> governorateShapes.get("IQG15").contains(f.longitude(), f.latitude());
        int byName = check(IncidentFilter.builder().governorates(List.of("ninewa")).build(), inNinewa);
        int byCode = check(IncidentFilter.builder().governorates(List.of("IQG15")).build(), inNinewa);
        assertEquals(byName, byCode);
        assertTrue(byName > 500, "Ninewa has many GED events: " + byName);
    }

    @Test
    void districtByNameOrPcode() {
        Predicate<IncidentFacts> inTelafar = f -> districtShapes.get("IQG15Q08").contains(f.longitude(),
                f.latitude());
        assertEquals(check(IncidentFilter.builder().districts(List.of("Telafar")).build(), inTelafar),
                check(IncidentFilter.builder().districts(List.of("iqg15q08")).build(), inTelafar));
    }

    @Test
    void minimumDeathsPrecisionsAndDataset() {
        check(IncidentFilter.builder().minDeaths(10).build(), f -> f.deathsBest() >= 10);
        check(IncidentFilter.builder().worstLocation(LocationPrecision.NEAR).build(),
                f -> f.locationPrecision() <= 2);
        check(IncidentFilter.builder().worstDate(DatePrecision.EXACT_DAY).build(), f -> f.datePrecision() == 1);
        assertEquals(0, count(IncidentFilter.builder().datasets(Set.of("curated")).build()));
        assertEquals(7_473, count(IncidentFilter.builder().datasets(Set.of("ucdp-ged")).build()));
    }

    @Test
    void textSearchIgnoresCaseAccentsAndTransliterationMarks() {
        Predicate<IncidentFacts> talAfar = f -> f.searchText().contains("Tall ‘Afar")
                || f.searchText().contains("Tall Afar");
        int plain = check(IncidentFilter.builder().text("tall afar").build(), talAfar);
        assertEquals(plain, count(IncidentFilter.builder().text("TALL ‘AFAR").build()));
        assertTrue(plain > 50, "Tall ‘Afar events: " + plain);
        check(IncidentFilter.builder().text("NINAWA").build(), f -> f.searchText().contains("Nīnawá"));
        check(IncidentFilter.builder().text("agence  reuters").build(),
                f -> f.searchText().contains("Agence") && f.searchText().contains("Reuters"));
    }

    @Test
    void allFiltersTogether() {
        LocalDate from = LocalDate.of(2014, 1, 1);
        LocalDate to = LocalDate.of(2016, 12, 31);
        IncidentFilter f = IncidentFilter.builder().from(from).to(to).types(Set.of(ViolenceType.ONE_SIDED))
                .actors(Set.of("IS")).governorates(List.of("Ninewa", "Kirkuk")).minDeaths(5)
                .worstLocation(LocationPrecision.DISTRICT).worstDate(DatePrecision.WEEK)
                .datasets(Set.of("ucdp-ged")).text("mosul").build();
        int n = check(f, x -> !x.end().isBefore(from) && !x.start().isAfter(to) && x.violenceType() == 3
                && ("IS".equals(x.sideA()) || "IS".equals(x.sideB())) && x.deathsBest() >= 5
                && x.locationPrecision() <= 3 && x.datePrecision() <= 3
                && x.searchText().toLowerCase(Locale.ROOT).contains("mosul")
                && (governorateShapes.get("IQG15").contains(x.longitude(), x.latitude())
                        || governorateShapes.get("IQG13").contains(x.longitude(), x.latitude())));
        assertTrue(n > 0, "the combination should still match something");
    }

    @Test
    void summaryLineCountsShownIncidentsAndTheirDeaths() {
        IncidentFilter f = IncidentFilter.builder().minDeaths(100).build();
        FilterSummary s = FilterEvaluator.summarise(codes, FilterEvaluator.evaluate(codes, f));
        long best = facts.stream().filter(x -> x.deathsBest() >= 100).mapToLong(IncidentFacts::deathsBest).sum();
        long shown = facts.stream().filter(x -> x.deathsBest() >= 100).count();
        assertEquals(String.format("%,d of 7,473 incidents, %,d deaths (best)", shown, best), s.line());
    }

    private static int check(IncidentFilter filter, Predicate<IncidentFacts> expected) {
        BitSet got = FilterEvaluator.evaluate(codes, filter);
        BitSet want = new BitSet();
        for (int i = 0; i < facts.size(); i++) {
            if (expected.test(facts.get(i))) {
                want.set(i);
            }
        }
        assertEquals(want.cardinality(), got.cardinality(), filter.toString());
        assertEquals(want, got, filter.toString());
        return got.cardinality();
    }

    private static int count(IncidentFilter filter) {
        return FilterEvaluator.evaluate(codes, filter).cardinality();
    }

    private static Map<String, Path2D> shapes(String file, String key) throws Exception {
        JsonNode root = new ObjectMapper().readTree(new File(file));
        Map<String, Path2D> out = new java.util.HashMap<>();
        for (JsonNode f : root.get("features")) {
            Path2D path = new Path2D.Double(Path2D.WIND_EVEN_ODD);
            JsonNode g = f.get("geometry");
            List<JsonNode> polygons = new ArrayList<>();
            if (g.get("type").asText().equals("Polygon")) {
                polygons.add(g.get("coordinates"));
            } else {
                g.get("coordinates").forEach(polygons::add);
            }
            for (JsonNode polygon : polygons) {
                for (JsonNode ring : polygon) {
                    path.moveTo(ring.get(0).get(0).asDouble(), ring.get(0).get(1).asDouble());
                    for (int k = 1; k < ring.size(); k++) {
                        path.lineTo(ring.get(k).get(0).asDouble(), ring.get(k).get(1).asDouble());
                    }
                    path.closePath();
                }
            }
            out.put(f.get("properties").get(key).asText(), path);
        }
        return out;
    }
}
