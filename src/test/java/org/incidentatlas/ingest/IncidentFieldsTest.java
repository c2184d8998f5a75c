package org.incidentatlas.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.incidentatlas.domain.Change;
import org.incidentatlas.domain.Estimate;
import org.incidentatlas.domain.Incident;
import org.incidentatlas.domain.SampleIncidents;
import org.incidentatlas.domain.Source;
import org.junit.jupiter.api.Test;

/** An incident's dotted fields read, compared, set and changed back, with the import's checks; no database. */
class IncidentFieldsTest {
    private static final Incident FULL = SampleIncidents.full("mine", "m-1");
    private static final Incident MESSY = SampleIncidents.messy("mine", "m-2");

    private static EditException refused(String field, String value) {
        return assertThrows(EditException.class, () -> IncidentFields.set(FULL, field, value));
    }

    @Test
    void flattenNamesEveryFieldWithAValueAndEachReportAsOne() {
        Map<String, String> fields = IncidentFields.flatten(MESSY);
        assertEquals("5", fields.get("casualties.deaths.low"));
        assertEquals("-33.5", fields.get("place.latitude"));
        assertEquals("\"Ansar al-Islam\"", fields.get("actors.sideA"));
        assertEquals("\"2002-12-15\"", fields.get("dates.start"));
        assertTrue(fields.get("sourcing.reports[0]").startsWith("{") && fields.get("sourcing.reports[0]")
                .contains("\"title\":\"F: militant islamic…\""), fields.get("sourcing.reports[0]"));
        assertEquals(null, fields.get("sourcing.reports[1]"));
        assertTrue(!fields.containsKey("place.name") && !fields.containsKey("actors.sideB"), "nulls are no fields");
        assertEquals(List.copyOf(new java.util.TreeSet<>(fields.keySet())), List.copyOf(fields.keySet()),
                "in the order of their names");
        assertEquals(Map.of(), IncidentFields.flatten(null));
    }

    @Test
    void diffGivesEachChangedAddedAndRemovedFieldInNameOrder() throws Exception {
        Incident after = IncidentFields.set(IncidentFields.set(IncidentFields.set(MESSY, "casualties.deaths.best",
                "4"), "place.name", "Halabja"), "method", "");
        assertEquals(MESSY, IncidentFields.set(MESSY, "method", ""), "the messy record has no method to remove");
        Incident withMethod = IncidentFields.set(MESSY, "method", "ambush");
        assertEquals(List.of(new Change("casualties.deaths.best", "3", "4"), new Change("place.name", null,
                "\"Halabja\"")), IncidentFields.diff(MESSY, after));
        assertEquals(List.of(new Change("method", "\"ambush\"", null)), IncidentFields.diff(withMethod, MESSY));
        assertEquals(List.of(), IncidentFields.diff(FULL, FULL));
        List<Change> created = IncidentFields.diff(null, MESSY);
        assertEquals(IncidentFields.flatten(MESSY).size(), created.size());
        assertTrue(created.stream().allMatch(c -> c.before() == null && c.after() != null));
    }

    @Test
    void setTypesTheValueByTheFieldItGoesTo() throws Exception {
        assertEquals(new Estimate(30, 14, 36), IncidentFields.set(FULL, "casualties.deaths.best", "14").casualties()
                .deaths());
        assertEquals("14", IncidentFields.set(FULL, "place.name", "14").place().name(), "text stays text");
        assertEquals("true", IncidentFields.set(FULL, "method", "true").method());
        assertEquals(12.5, IncidentFields.set(FULL, "place.latitude", "12.5").place().latitude());
        assertNull(IncidentFields.set(FULL, "place.name", "").place().name(), "empty text removes the field");
        assertEquals("{not json", IncidentFields.set(MESSY, "method", "{not json").method(),
                "a field without a value takes what is not JSON as text");
        assertEquals("Sadr City", IncidentFields.set(MESSY, "place.name", "Sadr City").place().name());
    }

    @Test
    void refusedValuesNameTheirField() {
        EditException negative = refused("casualties.deaths.best", "-1");
        assertEquals("casualties.deaths.best", negative.field());
        EditException latitude = refused("place.latitude", "95.5");
        assertEquals("place.latitude", latitude.field());
        assertTrue(latitude.getMessage().startsWith("place.latitude") && latitude.getMessage().contains(
                "between -90 and 90"), latitude.getMessage());
        EditException unknown = refused("place.elevation", "12");
        assertEquals("unknown field 'elevation'", unknown.getMessage().substring(unknown.getMessage()
                .indexOf("unknown")));
        EditException date = refused("dates.start", "2021-02-30");
        assertTrue(date.field() != null && date.field().startsWith("dates"), date.field());
    }

    @Test
    void aFieldNameThatIsNoneIsRefusedWithAnExample() {
        for (String field : new String[] {"place..name", "place.", "3d", "reports[x]", "place.name[1234567]"}) {
            EditException e = refused(field, "x");
            assertEquals(field, e.field());
            assertEquals("'" + field + "' is not a field name (expected e.g. casualties.deaths.best or "
                    + "place.latitude)", e.getMessage());
        }
    }

    @Test
    void listItemsAreSetAddedAtTheEndOrRemovedByTheirPlace() throws Exception {
        String report = IncidentFields.json(new Source("AFP", null, "Added", null, null, null, null));
        Incident three = FULL;
        assertEquals(3, three.sourcing().reports().size());
        Incident four = IncidentFields.apply(three, List.of(new Change("sourcing.reports[3]", null, report)), true);
        assertEquals("Added", four.sourcing().reports().get(3).title());
        Incident back = IncidentFields.apply(four, List.of(new Change("sourcing.reports[3]", null, report)), false);
        assertEquals(FULL, back);
        Incident changed = IncidentFields.set(FULL, "sourcing.reports[1].title", "Retitled");
        assertEquals("Retitled", changed.sourcing().reports().get(1).title());
        assertEquals(FULL.sourcing().reports().get(0), changed.sourcing().reports().get(0));
        EditException past = refused("sourcing.reports[4]", report);
        assertEquals("sourcing.reports[4]: there is no item 4 (the list has 3)", past.getMessage());
        EditException removePast = refused("sourcing.reports[3]", "");
        assertEquals("sourcing.reports[3]: there is no item 3 (the list has 3)", removePast.getMessage());
        EditException inside = refused("sourcing.reports[3].title", "x");
        assertEquals("sourcing.reports[3].title: there is no item 3 (the list has 3)", inside.getMessage());
    }

    @Test
    void anItemThatIsNoObjectHasNoFields() {
        EditException e = assertThrows(EditException.class, () -> IncidentFields.apply(FULL, List.of(
                new Change("sourcing.reports[0].title", null, "\"t\""), new Change("sourcing.reports[0]", null,
                        "\"plain text\"")), true));
        assertEquals("sourcing.reports[0].title", e.field());
        assertEquals("sourcing.reports[0].title: item 0 is not an object", e.getMessage());
    }

    @Test
    void removalsFromTheEndOfAListComeFirstSoTheOtherPlacesHold() throws Exception {
        List<Source> reports = FULL.sourcing().reports();
        Incident one = IncidentFields.set(IncidentFields.set(FULL, "sourcing.reports[2]", ""), "sourcing.reports[1]",
                "");
        assertEquals(List.of(reports.get(0)), one.sourcing().reports());
        List<Change> removals = IncidentFields.diff(FULL, one);
        assertEquals(List.of("sourcing.reports[1]", "sourcing.reports[2]"), removals.stream().map(Change::field)
                .toList());
        assertEquals(one, IncidentFields.apply(FULL, removals, true));
        assertEquals(FULL, IncidentFields.apply(one, removals, false), "and put back in their places");
    }

    @Test
    void theWholeRecordCreatesAndRemovesTheIncident() throws Exception {
        List<Change> create = List.of(new Change(IncidentFields.WHOLE, null, IncidentFields.json(FULL)));
        assertEquals(FULL, IncidentFields.apply(null, create, true));
        assertNull(IncidentFields.apply(FULL, create, false));
    }

    @Test
    void reportsKeptApartAreChangedByTheirListsName() throws Exception {
        Source a = new Source("AFP", null, "a", null, null, null, null);
        Source b = new Source("Rudaw", null, "b", null, null, null, null);
        List<Source> added = IncidentFields.applyToReports("researcherReports", List.of(a), List.of(new Change(
                "researcherReports[1]", null, IncidentFields.json(b))), true);
        assertEquals(List.of(a, b), added);
        assertEquals(List.of(a), IncidentFields.applyToReports("researcherReports", added, List.of(new Change(
                "researcherReports[1]", null, IncidentFields.json(b))), false));
        EditException bad = assertThrows(EditException.class, () -> IncidentFields.applyToReports("researcherReports",
                List.of(), List.of(new Change("researcherReports[0]", null, "{\"published\": \"2020-13-01\"}")),
                true));
        assertTrue(bad.field().startsWith("researcherReports[0]"), bad.field());
    }

    @Test
    void aKeptValueIsReadWithTheImportsChecks() throws Exception {
        Source s = IncidentFields.read("{\"outlet\": \"AFP\", \"published\": \"2020-05\"}", Source.class, "report");
        assertEquals("AFP", s.outlet());
        EditException unknown = assertThrows(EditException.class, () -> IncidentFields.read("{\"outlet\": \"AFP\", "
                + "\"colour\": \"red\"}", Source.class, "report"));
        assertEquals("report.colour", unknown.field());
        assertEquals("report.colour: unknown field 'colour'", unknown.getMessage());
        EditException date = assertThrows(EditException.class, () -> IncidentFields.read("{\"published\": "
                + "\"May 2020\"}", Source.class, "report"));
        assertEquals("report.published", date.field());
        assertTrue(date.getMessage().startsWith("report.published: "), date.getMessage());
    }
}
