package org.incidentatlas.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** A table's header and typed reads of its rows' cells, with the messages that name the column. */
class RowFieldsTest {
    private static TableHeader header(String... names) {
        return TestRows.header(names);
    }

    private static RowFields fields(String... pairs) {
        return new RowFields(TestRows.pairs(pairs));
    }

    private static FieldException refused(Runnable read) {
        return assertThrows(FieldException.class, read::run);
    }

    @Test
    void headerNamesAreStrippedOfBlanksAndALeadingByteOrderMark() throws Exception {
        TableHeader h = TableHeader.of(new String[] {"\uFEFF id ", " Notes", null, ""}, "sheet 'Data' row 3", "f");
        assertEquals(List.of("id", "Notes", "", ""), h.names());
        assertEquals(4, h.width());
        assertEquals("sheet 'Data' row 3", h.where());
        assertEquals(0, h.index("id"));
        assertEquals(1, h.index("Notes"));
        assertEquals(1, h.index("NOTES"), "found without regard to case");
        assertNull(h.index(""), "a blank header cell is no column");
        assertNull(h.index("missing"));
        assertTrue(h.has("notes"));
        assertFalse(h.has("date"));
        assertEquals(List.of("date", "place"), h.missing(List.of("id", "date", "notes", "place")));
    }

    @Test
    void aByteOrderMarkIsTakenOnlyFromTheFirstColumn() throws Exception {
        TableHeader h = TableHeader.of(new String[] {"a", "\uFEFFb"}, "line 1", "f");
        assertEquals(List.of("a", "\uFEFFb"), h.names());
    }

    @Test
    void theExactSpellingWinsOverAnotherCase() throws Exception {
        TableHeader h = TableHeader.of(new String[] {"ID", "id"}, "line 1", "f");
        assertEquals(0, h.index("ID"));
        assertEquals(1, h.index("id"));
        assertEquals(0, h.index("Id"), "the first of the names that fold alike");
    }

    @Test
    void aColumnNamedTwiceIsRefusedNamingFileAndPlace() {
        ImportException e = assertThrows(ImportException.class,
                () -> TableHeader.of(new String[] {"id", "date", "", "", " id"}, "line 1", "events.csv"));
        assertEquals("events.csv: line 1: column 'id' appears twice", e.getMessage());
    }

    @Test
    void rowsReadByNameAndPositionWithWhereTheyAre() {
        TableRow r = new TableRow(header("a", "b", "c"), new String[] {" x ", "y"}, "sheet 'S' row 4", 4);
        assertEquals(" x ", r.get("A"), "as written, not stripped");
        assertEquals("", r.get("c"), "past the row's end");
        assertEquals("", r.get("zzz"));
        assertEquals("y", r.at(1));
        assertEquals("", r.at(2));
        assertEquals(2, r.size());
        assertEquals(4, r.number());
        assertEquals("sheet 'S' row 4", r.where());
    }

    @Test
    void textIsStrippedAndBlankIsAbsent() {
        RowFields f = fields("a", "  x ", "b", "   ");
        assertEquals("x", f.text("a"));
        assertEquals("", f.text("b"));
        assertEquals("", f.text("none"));
        assertEquals("x", f.optional("a"));
        assertNull(f.optional("b"));
        assertEquals("x", f.required("a"));
        FieldException e = refused(() -> f.required("b"));
        assertEquals("b", e.field());
        assertEquals("is empty", e.getMessage());
    }

    @ParameterizedTest
    @CsvSource({"3,3", "3.0,3", "' 12 ',12", "-4,-4", "1e2,100", "2147483647,2147483647"})
    void wholeNumbersAsSpreadsheetsWriteThem(String text, int value) {
        assertEquals(value, fields("n", text).whole("n"));
        assertEquals(value, fields("n", text).optionalWhole("n"));
    }

    @ParameterizedTest
    @CsvSource({"3.5", "three", "2147483648", "0x10"})
    void aValueThatIsNoWholeNumberIsRefusedWithIt(String text) {
        FieldException e = refused(() -> fields("deaths", text).whole("deaths"));
        assertEquals("deaths", e.field());
        assertEquals("not a whole number: '" + text + "'", e.getMessage());
    }

    @Test
    void blankNumbersAreAbsentWhereOptionalAndRefusedWhereRequired() {
        assertNull(fields("n", " ").optionalWhole("n"));
        assertNull(fields("n", "").optionalCount("n"));
        assertEquals("is empty", refused(() -> fields("n", "").whole("n")).getMessage());
    }

    @Test
    void countsMayBeZeroButNotNegative() {
        assertEquals(0, fields("n", "0").optionalCount("n"));
        FieldException e = refused(() -> fields("wounded", "-1").optionalCount("wounded"));
        assertEquals("wounded", e.field());
        assertEquals("must not be negative (was -1)", e.getMessage());
    }

    @Test
    void coordinatesUpToTheirLimitAndNoFurther() {
        assertEquals(90.0, fields("lat", "90").coordinate("lat", 90));
        assertEquals(-180.0, fields("lon", "-180").coordinate("lon", 180));
        assertEquals(33.3, fields("lat", " 33.3 ").coordinate("lat", 90));
        FieldException over = refused(() -> fields("lat", "90.0001").coordinate("lat", 90));
        assertEquals("lat", over.field());
        assertEquals("must be between -90 and 90 (was 90.0001)", over.getMessage());
        FieldException under = refused(() -> fields("lon", "-180.5").coordinate("lon", 180));
        assertEquals("must be between -180 and 180 (was -180.5)", under.getMessage());
        assertEquals("must be between -90 and 90 (was NaN)",
                refused(() -> fields("lat", "NaN").coordinate("lat", 90)).getMessage());
        assertEquals("must be between -90 and 90 (was Infinity)",
                refused(() -> fields("lat", "Infinity").coordinate("lat", 90)).getMessage());
        assertEquals("not a number: '33,3'", refused(() -> fields("lat", "33,3").coordinate("lat", 90))
                .getMessage());
        assertEquals("is empty", refused(() -> fields("lat", "").coordinate("lat", 90)).getMessage());
    }

    @Test
    void checkAllTakesTabsAndLineBreaksAndValuesUpToTheLimit() {
        String longest = "x".repeat(RowFields.MAX_FIELD_LENGTH);
        fields("a", "one\ttwo\r\nthree", "b", longest).checkAll("hint");
    }

    @Test
    void checkAllRefusesAnOverLongValueNamingItsColumnAndLength() {
        String tooLong = "x".repeat(RowFields.MAX_FIELD_LENGTH + 1);
        FieldException e = refused(() -> fields("a", "fine", "notes", tooLong).checkAll("hint"));
        assertEquals("notes", e.field());
        assertEquals("is 100001 characters long; at most 100000 are taken", e.getMessage());
    }

    @Test
    void checkAllRefusesAControlCharacterSayingWhichAndWhere() {
        FieldException e = refused(() -> fields("a", "fine", "actor", "IS\u001B[31m").checkAll("hint"));
        assertEquals("actor", e.field());
        assertEquals("holds the control character U+001B at character 3; text may hold tabs and line breaks but no "
                + "other control characters", e.getMessage());
        assertEquals("holds the control character U+0085 at character 1; text may hold tabs and line breaks but no "
                + "other control characters", refused(() -> fields("a", "\u0085").checkAll("hint")).getMessage());
    }

    @Test
    void checkAllRefusesUndecodableTextWithTheFormatsHint() {
        FieldException e = refused(() -> fields("a", "ok", "city", "Irbil \uFFFD").checkAll("save it as UTF-8"));
        assertEquals("city", e.field());
        assertEquals("save it as UTF-8", e.getMessage());
    }
}
