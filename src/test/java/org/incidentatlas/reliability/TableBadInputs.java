package org.incidentatlas.reliability;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.incidentatlas.ingest.GtdTable;
import org.incidentatlas.ingest.IbcTable;
import org.incidentatlas.ingest.TableMapping;
import org.incidentatlas.ingest.Workbooks;
import org.incidentatlas.reliability.BadInputCorpus.Case;
import org.incidentatlas.reliability.BadInputCorpus.Outcome;

/**
 * Bad-input cases of the table formats: GTD written to its codebook (two invented events, the second broken), Excel
 * workbooks, and an Iraq Body Count shaped table read through a column mapping.
 */
final class TableBadInputs {
    private final List<Case> cases = new ArrayList<>();

    private TableBadInputs() {
    }

    static List<Case> all() {
        TableBadInputs t = new TableBadInputs();
        t.gtd();
        t.workbooks();
        t.mapped();
        return t.cases;
    }

    private void gtd() {
        gtdValue("gtd impossible day", "iday", 31);
        gtdValue("gtd month 13", "imonth", 13);
        gtdValue("gtd specificity 9", "specificity", 9);
        gtdValue("gtd latitude blank", "latitude", "");
        gtdValue("gtd event id in words", "eventid", "unknown");
        gtdValue("gtd negative kills", "nkill", -2);
        gtdValue("gtd kills with decimals", "nkill", "2.5");
        gtdValue("gtd control character in the summary", "summary", "A bomb\u0007 exploded.");
        cases.add(new Case("gtd resolution before the start", "gtd.csv", gtd("extended", 1, "resolution",
                "6/1/2014"), Outcome.REJECTED, List.of("line 3, resolution", "before"), 1));
        cases.add(new Case("gtd event id twice", "gtd.csv", gtd("eventid", "201406100001"), Outcome.REJECTED,
                List.of("line 3", "id", "more than once"), 1));
        String noCitation = new GtdTable().add(GtdTable.event()).csv().replaceFirst(",scite1,", ",cite1,");
        cases.add(new Case("gtd without the scite1 column", "gtd.csv", noCitation.getBytes(GtdTable.WINDOWS_1252),
                Outcome.UNREADABLE, List.of("line 1", "not a GTD table", "scite1"), 0));
        byte[] book = new GtdTable().add(GtdTable.event()).add(GtdTable.event("eventid", "201406100002", "iday", 31))
                .xlsx();
        cases.add(new Case("gtd workbook impossible day", "gtd.xlsx", book, Outcome.REJECTED,
                List.of("sheet 'Sheet1' row 3, iday"), 1));
        cases.add(new Case("gtd in UTF-8 rather than Windows-1252", "gtd.csv", new GtdTable().add(GtdTable.event())
                .csv().getBytes(StandardCharsets.UTF_8), Outcome.ACCEPTED, List.of(), 1));
    }

    private void gtdValue(String name, String column, Object value) {
        cases.add(new Case(name, "gtd.csv", gtd(column, value), Outcome.REJECTED, List.of("line 3, " + column), 1));
    }

    /** A good event and a second one with {@code changes} (and its own id unless the changes give one). */
    private static byte[] gtd(Object... changes) {
        List<Object> all = new ArrayList<>(List.of("eventid", "201406100002"));
        all.addAll(Arrays.asList(changes));
        return new GtdTable().add(GtdTable.event()).add(GtdTable.event(all.toArray())).csvWindows1252();
    }

    private void workbooks() {
        byte[] good = Workbooks.xlsx(List.of(List.of("id", "x"), List.of("1", "2")));
        cases.add(new Case("xlsx cut short", "data.xlsx", Arrays.copyOf(good, good.length / 2), Outcome.UNREADABLE,
                List.of("data.xlsx", "workbook"), 0));
        cases.add(new Case("zip named xlsx", "data.xlsx", zipOf("readme.txt"), Outcome.UNREADABLE,
                List.of("not an Excel workbook"), 0));
        cases.add(new Case("xlsx empty sheet", "data.xlsx", Workbooks.xlsx(List.of()), Outcome.UNREADABLE,
                List.of("sheet 'Sheet1'", "empty"), 0));
        cases.add(new Case("xlsx header only", "gtd.xlsx", new GtdTable().xlsx(), Outcome.UNREADABLE,
                List.of("sheet 'Sheet1' row 1", "no records"), 0));
        cases.add(new Case("old Excel xls renamed xlsx", "data.xlsx", oldExcel(), Outcome.UNREADABLE,
                List.of(".xls"), 0));
    }

    private void mapped() {
        mappedValue("mapped date not in the pattern", "13 Mar 2006", "13/03/2006", "line 3, Start Date");
        mappedValue("mapped latitude out of range", "33.7476", "337.476", "line 4, Latitude");
        mappedValue("mapped negative deaths", ",5,7,", ",-5,7,", "line 2, Reported Minimum");
        mappedValue("mapped end before start", "3 Apr 2006", "3 Mar 2006", "line 4, End Date");
        mappedValue("mapped id twice", "k10003", "k10001", "more than once");
        mappedValue("mapped control character in a place name", "Baquba", "Baq\u001buba", "line 4, Location");
        Map<String, String> wrong = new HashMap<>(IbcTable.mapping().values());
        wrong.put("wounded", "Injured");
        cases.add(new Case("mapping names a column the table lacks", "ibc.csv", IbcTable.csvBytes(),
                Outcome.UNREADABLE, List.of("line 1", "'Injured' (for wounded)"), 0, new TableMapping(wrong)));
    }

    private void mappedValue(String name, String from, String to, String mention) {
        String csv = IbcTable.CSV.replaceFirst(java.util.regex.Pattern.quote(from), to);
        if (csv.equals(IbcTable.CSV)) {
            throw new IllegalStateException(name + ": '" + from + "' is not in the table");
        }
        cases.add(new Case(name, "ibc.csv", csv.getBytes(StandardCharsets.UTF_8), Outcome.REJECTED,
                List.of(mention), 2, IbcTable.mapping()));
    }

    private static byte[] zipOf(String entry) {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        try (java.util.zip.ZipOutputStream zip = new java.util.zip.ZipOutputStream(out)) {
            zip.putNextEntry(new java.util.zip.ZipEntry(entry));
            zip.write("hello".getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
        return out.toByteArray();
    }

    /** The first bytes of an OLE2 compound file, as old .xls workbooks are. */
    private static byte[] oldExcel() {
        byte[] b = new byte[512];
        byte[] magic = {(byte) 0xd0, (byte) 0xcf, 0x11, (byte) 0xe0, (byte) 0xa1, (byte) 0xb1, 0x1a, (byte) 0xe1};
        System.arraycopy(magic, 0, b, 0, magic.length);
        return b;
    }
}
