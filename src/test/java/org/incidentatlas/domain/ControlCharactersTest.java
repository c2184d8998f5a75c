package org.incidentatlas.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The one control-character rule: tab and line breaks are text; every other C0 control, DEL and C1 are not. */
class ControlCharactersTest {
    @Test
    void tabAndLineBreaksAreTextEveryOtherControlIsNot() {
        for (int c = 0; c < 0x20; c++) {
            boolean text = c == '\t' || c == '\n' || c == '\r';
            assertEquals(!text, ControlCharacters.forbidden(c), ControlCharacters.name(c));
        }
        assertFalse(ControlCharacters.forbidden(' '));
        assertFalse(ControlCharacters.forbidden('~'));
        assertTrue(ControlCharacters.forbidden(0x7F));
        assertTrue(ControlCharacters.forbidden(0x80));
        assertTrue(ControlCharacters.forbidden(0x9F));
        assertFalse(ControlCharacters.forbidden(0xA0));
        assertFalse(ControlCharacters.forbidden('ع'));
    }

    @Test
    void theFirstForbiddenOneIsFound() {
        assertEquals(-1, ControlCharacters.first(null));
        assertEquals(-1, ControlCharacters.first(""));
        assertEquals(-1, ControlCharacters.first("Mosul\tline\r\nnext"));
        assertEquals(0, ControlCharacters.first("\u0000x"));
        assertEquals(3, ControlCharacters.first("abc\u001b[31m\u0007"));
        assertEquals(2, ControlCharacters.first("ab\u0085"));
        assertEquals("U+001B", ControlCharacters.name(0x1B));
        assertEquals("U+009F", ControlCharacters.name(0x9F));
    }

    @Test
    void onATerminalControlsAndCarriageReturnsAreShownAsEscapes() {
        assertNull(ControlCharacters.visible(null));
        String plain = "Mosul\tline\nnext";
        assertSame(plain, ControlCharacters.visible(plain), "text with nothing to escape is returned as it is");
        assertEquals("a\\u001B[31mb\\u000Dc\\u0085\n", ControlCharacters.visible("a\u001b[31mb\rc\u0085\n"));
        assertEquals("\\u0007", ControlCharacters.visible("\u0007"));
    }
}
