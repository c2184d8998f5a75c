package org.incidentatlas.reliability;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.incidentatlas.reliability.BadInputCorpus.Case;
import org.incidentatlas.reliability.BadInputCorpus.Outcome;

/**
 * Bad-input cases of ACLED exports and current GED releases, written for the tests to the datasets' codebooks (no
 * ACLED data): five ACLED events in the current layout with a byte order mark and CRLF line ends, each case broken
 * in row 3 (file line 6: every notes field spans two lines) or in the header.
 */
final class AcledBadInput {
    static final int ROWS = 5;
    private static final List<String> COLUMNS = List.of("event_id_cnty", "event_date", "year", "time_precision",
            "disorder_type", "event_type", "sub_event_type", "actor1", "actor2", "country", "admin1", "admin2",
            "location", "latitude", "longitude", "geo_precision", "source", "notes", "fatalities");

    private AcledBadInput() {
    }

    private static List<String> row(int n) {
        return new ArrayList<>(List.of("IRQ9" + n, "2021-03-0" + n, "2021", "1", "Political violence",
                "Explosions/Remote violence", "Remote explosive/landmine/IED", "Islamic State (Iraq)",
                "Civilians (Iraq)", "Iraq", "Diyala", "Khanaqin", "Jalawla", "34.27" + n, "45.16" + n, "1",
                "Shafaq News; Rudaw", "\"An IED, planted on a road, hit a car.\r\nTwo were killed.\"", "2"));
    }

    /** The file with {@code column} of row 3 set to {@code value} (quoted when it holds a comma or quote). */
    static String with(String column, String value) {
        StringBuilder b = new StringBuilder("\uFEFF").append(String.join(",", COLUMNS)).append("\r\n");
        for (int n = 1; n <= ROWS; n++) {
            List<String> r = row(n);
            if (n == 3 && column != null) {
                boolean quote = value.contains(",") || value.contains("\"");
                r.set(COLUMNS.indexOf(column), quote ? "\"" + value.replace("\"", "\"\"") + "\"" : value);
            }
            b.append(String.join(",", r)).append("\r\n");
        }
        return b.toString();
    }

    static List<Case> cases() {
        List<Case> cases = new ArrayList<>();
        bad(cases, "acled negative fatalities", "fatalities", "-4");
        bad(cases, "acled fatalities in words", "fatalities", "two");
        bad(cases, "acled impossible date 31-Feb-21", "event_date", "31-Feb-21");
        bad(cases, "acled date with slashes", "event_date", "03/04/2021");
        bad(cases, "acled date in words without a year", "event_date", "4 March");
        bad(cases, "acled empty event date", "event_date", "");
        bad(cases, "acled time precision 4", "time_precision", "4");
        bad(cases, "acled geo precision x", "geo_precision", "x");
        bad(cases, "acled latitude above 90", "latitude", "134.27");
        bad(cases, "acled longitude with decimal comma", "longitude", "45,16");
        bad(cases, "acled empty actor1", "actor1", "");
        bad(cases, "acled empty event id", "event_id_cnty", "");
        bad(cases, "acled empty event type", "event_type", "");
        bad(cases, "acled replacement character in notes", "notes", "IED \uFFFD hit a car");
        add(cases, "acled duplicate event id", with("event_id_cnty", "IRQ91"), Outcome.REJECTED,
                List.of("line 6", "id", "more than once"), ROWS - 1);
        add(cases, "acled missing fatalities column", with(null, null).replaceFirst(",fatalities\r\n", ",deaths\r\n"),
                Outcome.UNREADABLE, List.of("line 1", "not an ACLED export", "fatalities"), 0);
        add(cases, "acled header only", with(null, null).substring(0, with(null, null).indexOf("\r\n") + 2),
                Outcome.UNREADABLE, List.of("line 1", "header"), 0);
        add(cases, "acled dates spelt four ways", with("event_date", "3 March 2021")
                .replace("2021-03-01", "1-Mar-21").replace("2021-03-02", "20210302"), Outcome.ACCEPTED, List.of(),
                ROWS);
        return cases;
    }

    private static void bad(List<Case> cases, String name, String column, String value) {
        add(cases, name, with(column, value), Outcome.REJECTED, List.of("line 6, " + column), ROWS - 1);
    }

    private static void add(List<Case> cases, String name, String text, Outcome outcome, List<String> mentions,
            int good) {
        cases.add(new Case(name, "acled-iraq.csv", text.getBytes(StandardCharsets.UTF_8), outcome, mentions, good));
    }
}
