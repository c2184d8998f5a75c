package org.incidentatlas.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.incidentatlas.domain.DatePrecision;
import org.incidentatlas.domain.LocationPrecision;
import org.incidentatlas.domain.ViolenceType;
import org.incidentatlas.index.DateWindow;
import org.incidentatlas.index.IncidentFilter;
import org.incidentatlas.index.WindowTotals;
import org.junit.jupiter.api.Test;

/** Every filter said in words on a picture, its counts, and the PNG text chunks that carry them. */
class CaptionsTest {
    private static final LocalDate JUNE_1 = LocalDate.parse("2014-06-01");
    private static final LocalDate JUNE_30 = LocalDate.parse("2014-06-30");

    @Test
    void everyKindOfFilterIsSaidInOrder() {
        IncidentFilter f = IncidentFilter.builder().from(JUNE_1).types(Set.of(ViolenceType.ONE_SIDED,
                ViolenceType.STATE_BASED)).actors(Set.of("IS", "Government of Iraq")).governorates(List.of("Ninewa"))
                .districts(List.of("Mosul", "Telafar")).subdistricts(List.of("Markaz Telafar")).minDeaths(1500)
                .worstLocation(LocationPrecision.NEAR).worstDate(DatePrecision.WEEK)
                .datasets(Set.of("ucdp-ged", "acled")).text("car bomb").build();
        assertEquals("Filters: from 1 June 2014; " + ViolenceType.STATE_BASED.words() + " or "
                + ViolenceType.ONE_SIDED.words() + "; actor Government of Iraq or IS; governorate Ninewa; "
                + "district Mosul or Telafar; sub-district Markaz Telafar; at least 1,500 deaths (best); "
                + "location at worst " + LocationPrecision.NEAR.words() + "; date at worst "
                + DatePrecision.WEEK.words() + "; dataset acled or ucdp-ged; words \"car bomb\"",
                Captions.filters(f));
        assertEquals("Filters: until 30 June 2014", Captions.filters(IncidentFilter.builder().to(JUNE_30).build()));
    }

    @Test
    void theFiltersDaysAreSaidOnceWhenTheyAreTheWindows() {
        IncidentFilter june = IncidentFilter.builder().from(JUNE_1).to(JUNE_30).build();
        DateWindow window = DateWindow.of(JUNE_1, JUNE_30);
        assertEquals("No filters", Captions.of("t", window, june, new WindowTotals(0, 0), "c").filters());
        assertEquals("Filters: from 1 June 2014 to 30 June 2014", Captions.of("t", DateWindow.of(JUNE_1,
                JUNE_30.minusDays(1)), june, new WindowTotals(0, 0), "c").filters(), "another last day");
        assertEquals("Filters: from 1 June 2014 to 30 June 2014", Captions.of("t", DateWindow.of(JUNE_1.plusDays(1),
                JUNE_30), june, new WindowTotals(0, 0), "c").filters(), "another first day");
        assertEquals("Filters: from 1 June 2014 to 30 June 2014", Captions.of("t", DateWindow.until(
                (int) JUNE_30.toEpochDay()), june, new WindowTotals(0, 0), "c").filters(), "a cumulative window");
        IncidentFilter from = IncidentFilter.builder().from(JUNE_1).build();
        assertEquals("Filters: from 1 June 2014", Captions.of("t", window, from, new WindowTotals(0, 0), "c")
                .filters(), "an open-ended filter is said");
    }

    @Test
    void countsAndDaysInWords() {
        assertEquals("0 incidents, 0 deaths (best)", Captions.counts(new WindowTotals(0, 0)));
        assertEquals("1 incident, 2 deaths (best)", Captions.counts(new WindowTotals(1, 2)));
        assertEquals("1,234 incidents, 1 death (best)", Captions.counts(new WindowTotals(1234, 1)));
        assertEquals("No days", Captions.dates(new DateWindow(10, 9)));
        assertEquals("1 June 2014", Captions.dates(DateWindow.of(JUNE_1, JUNE_1)));
    }

    @Test
    void theTitleIsTrimmedAndGoesFirstIntoThePngText() {
        Captions c = Captions.of("  Mosul  ", DateWindow.of(JUNE_1, JUNE_30), IncidentFilter.NONE,
                new WindowTotals(3, 4), "Basemap: OSM");
        assertEquals("Mosul", c.title());
        assertEquals(List.of("1 June 2014 – 30 June 2014", "No filters", "3 incidents, 4 deaths (best)"), c.lines());
        Map<String, String> text = c.pngText("Incident Atlas 1.0", "{\"view\":1}");
        assertEquals(List.of("Title", "Description", "Copyright", "Source", "Software", "Creation Time", "Comment"),
                List.copyOf(text.keySet()));
        assertEquals("Mosul", text.get("Title"));
        assertEquals("1 June 2014 – 30 June 2014. No filters. 3 incidents, 4 deaths (best).", text.get("Description"));
        assertEquals("Basemap: OSM", text.get("Copyright"));
        assertEquals("Incident Atlas 1.0", text.get("Software"));
        assertEquals("{\"view\":1}", text.get("Comment"));
        ZonedDateTime made = ZonedDateTime.parse(text.get("Creation Time"), DateTimeFormatter.RFC_1123_DATE_TIME);
        assertTrue(Math.abs(made.toEpochSecond() - ZonedDateTime.now().toEpochSecond()) < 3600, "made now");

        Map<String, String> untitled = new Captions(null, "d", "f", "c", "a").pngText("s", null);
        assertFalse(untitled.containsKey("Title"));
        assertFalse(untitled.containsKey("Comment"));
        assertEquals("", new Captions(null, "d", "f", "c", "a").title());
    }
}
