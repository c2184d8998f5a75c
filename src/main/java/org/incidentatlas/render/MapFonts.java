package org.incidentatlas.render;

import java.awt.Font;
import java.awt.FontFormatException;
import java.awt.Graphics2D;
import java.awt.font.FontRenderContext;
import java.awt.font.TextAttribute;
import java.awt.font.TextLayout;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.text.AttributedString;
import java.util.Map;

/**
 * The fonts every map text is drawn with: Noto Sans for Latin text and Noto Sans Arabic for Arabic, read once from the
 * application ({@code /data/fonts}, SIL Open Font License), never the system's fonts, so a view gives the same pixels
 * on every machine. Text that mixes scripts is laid out as runs, each in the font that has its letters, and shaped and
 * ordered right to left where it is Arabic ({@link TextLayout}).
 */
public final class MapFonts {
    private static final Font LATIN = load("NotoSans-Regular.ttf");
    private static final Font LATIN_BOLD = load("NotoSans-Bold.ttf");
    private static final Font ARABIC = load("NotoSansArabic-Regular.ttf");
    private static final Font ARABIC_BOLD = load("NotoSansArabic-Bold.ttf");

    private MapFonts() {
    }

    private static Font load(String name) {
        String path = "/data/fonts/" + name;
        try (InputStream in = MapFonts.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("bundled font " + path + " is missing from the application");
            }
            return Font.createFont(Font.TRUETYPE_FONT, in);
        } catch (IOException e) {
            throw new UncheckedIOException("bundled font " + path + " could not be read", e);
        } catch (FontFormatException e) {
            throw new IllegalStateException("bundled font " + path + " is not a TrueType font", e);
        }
    }

    /** Noto Sans at {@code size} points, bold or regular: for Latin text. */
    public static Font latin(float size, boolean bold) {
        return (bold ? LATIN_BOLD : LATIN).deriveFont(size);
    }

    /** Noto Sans Arabic at {@code size} points, bold or regular. */
    public static Font arabic(float size, boolean bold) {
        return (bold ? ARABIC_BOLD : ARABIC).deriveFont(size);
    }

    /** True for a character of the Arabic script (letters, marks, Arabic digits and punctuation). */
    public static boolean isArabic(char c) {
        Character.UnicodeBlock b = Character.UnicodeBlock.of(c);
        return b == Character.UnicodeBlock.ARABIC || b == Character.UnicodeBlock.ARABIC_SUPPLEMENT
                || b == Character.UnicodeBlock.ARABIC_PRESENTATION_FORMS_A
                || b == Character.UnicodeBlock.ARABIC_PRESENTATION_FORMS_B;
    }

    /**
     * {@code text} laid out in the bundled fonts: Arabic runs in Noto Sans Arabic, the rest in Noto Sans, at
     * {@code size}; {@code extra} adds attributes to every run (tracking, an oblique posture).
     */
    public static TextLayout layout(String text, float size, boolean bold, Map<TextAttribute, ?> extra,
            FontRenderContext frc) {
        String s = text.isEmpty() ? " " : text;
        Font latin = latin(size, bold);
        Font arabic = arabic(size, bold);
        if (!extra.isEmpty()) {
            latin = latin.deriveFont(extra);
            arabic = arabic.deriveFont(extra);
        }
        AttributedString styled = new AttributedString(s);
        int start = 0;
        while (start < s.length()) {
            boolean ar = isArabic(s.charAt(start));
            int end = start + 1;
            while (end < s.length() && (isArabic(s.charAt(end)) == ar || neutral(s.charAt(end)))) {
                end++;
            }
            styled.addAttribute(TextAttribute.FONT, ar ? arabic : latin, start, end);
            start = end;
        }
        return new TextLayout(styled.getIterator(), frc);
    }

    private static boolean neutral(char c) {
        return c == ' ' || c == '\u200C' || c == '\u200D';
    }

    /** Draws {@code text} with its baseline's left end at (x, y) in the bundled fonts at {@code g}'s font size. */
    public static void draw(Graphics2D g, String text, float x, float y, float size, boolean bold) {
        if (text.isEmpty()) {
            return;
        }
        layout(text, size, bold, Map.of(), g.getFontRenderContext()).draw(g, x, y);
    }
}
