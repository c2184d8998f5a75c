package org.incidentatlas.export;

import java.io.IOException;
import java.io.OutputStream;
import java.time.LocalDate;
import java.util.Locale;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import org.incidentatlas.domain.Estimate;
import org.incidentatlas.domain.Incident;
import org.incidentatlas.domain.Source;
import org.incidentatlas.render.IncidentStyle;

/**
 * KML 2.2 for Google Earth and GIS tools: a Placemark per incident with a style per type of violence (the map's
 * colours), a TimeStamp for a one-day incident or a TimeSpan for a longer one (so Google Earth's time slider plays
 * them), a description with casualties and sources, and the key fields as ExtendedData. Streamed with StAX.
 */
final class KmlData implements DataWriter {
    private static final String NS = "http://www.opengis.net/kml/2.2";
    private final XMLStreamWriter x;

    KmlData(OutputStream out, String title) throws IOException {
        try {
            x = XMLOutputFactory.newInstance().createXMLStreamWriter(out, "UTF-8");
            x.writeStartDocument("UTF-8", "1.0");
            x.writeCharacters("\n");
            x.writeStartElement("kml");
            x.writeDefaultNamespace(NS);
            x.writeStartElement("Document");
            element("name", title == null || title.isBlank() ? "Incident Atlas export" : title);
            for (int type = 0; type <= 3; type++) {
                x.writeCharacters("\n");
                x.writeStartElement("Style");
                x.writeAttribute("id", "type-" + type);
                x.writeStartElement("IconStyle");
                element("color", kmlColour(IncidentStyle.colour(type)));
                element("scale", "0.8");
                x.writeStartElement("Icon");
                element("href", "http://maps.google.com/mapfiles/kml/shapes/shaded_dot.png");
                x.writeEndElement();
                x.writeEndElement();
                x.writeEndElement();
            }
        } catch (XMLStreamException e) {
            throw new IOException("cannot write KML: " + e.getMessage(), e);
        }
    }

    /** KML colours are aabbggrr. */
    static String kmlColour(int argb) {
        return String.format(Locale.ROOT, "ff%02x%02x%02x", argb & 0xFF, argb >> 8 & 0xFF, argb >> 16 & 0xFF);
    }

    @Override
    public void write(Incident i) throws IOException {
        try {
            x.writeCharacters("\n");
            x.writeStartElement("Placemark");
            x.writeAttribute("id", xmlText(i.id().toString().replace(':', '_')));
            String place = i.place().name() == null ? "Unnamed place" : i.place().name();
            element("name", place + ", " + i.dates().start());
            element("description", description(i));
            LocalDate start = i.dates().start();
            LocalDate end = i.dates().end();
            if (start.equals(end)) {
                x.writeStartElement("TimeStamp");
                element("when", start.toString());
            } else {
                x.writeStartElement("TimeSpan");
                element("begin", start.toString());
                element("end", end.toString());
            }
            x.writeEndElement();
            element("styleUrl", "#type-" + i.type().gedCode());
            x.writeStartElement("ExtendedData");
            data("id", i.id().toString());
            data("type_of_violence", i.type().words());
            data("category", i.category().words());
            data("side_a", i.actors().sideA());
            data("side_b", i.actors().sideB());
            data("deaths_low", Integer.toString(i.casualties().deaths().low()));
            data("deaths_best", Integer.toString(i.casualties().deaths().best()));
            data("deaths_high", Integer.toString(i.casualties().deaths().high()));
            data("sources", Integer.toString(i.sourcing().reports().size()));
            x.writeEndElement();
            x.writeStartElement("Point");
            element("coordinates", i.place().longitude() + "," + i.place().latitude() + ",0");
            x.writeEndElement();
            x.writeEndElement();
        } catch (XMLStreamException e) {
            throw new IOException("cannot write KML: " + e.getMessage(), e);
        }
    }

    /**
     * The balloon text. Google Earth shows a description as HTML, so every text that came from an imported file is
     * HTML-escaped here (then XML-escaped by the writer): a {@code <img>} or {@code <a href="javascript:...">} in a
     * headline shows as those characters and does nothing. Line breaks are {@code <br>}; a report's address becomes a
     * link only when it is http or https.
     */
    static String description(Incident i) {
        StringBuilder d = new StringBuilder();
        d.append(i.dates().start()).append(i.dates().end().equals(i.dates().start()) ? "" : " to " + i.dates().end())
                .append(" (").append(html(i.dates().precision().words())).append("). ");
        d.append(html(i.type().words())).append(": ").append(html(i.actors().sideA()));
        if (i.actors().sideB() != null) {
            d.append(" v. ").append(html(i.actors().sideB()));
        }
        d.append(". Deaths ").append(range(i.casualties().deaths()));
        if (i.casualties().wounded() != null) {
            d.append(", wounded ").append(range(i.casualties().wounded()));
        }
        if (i.casualties().missing() != null) {
            d.append(", missing ").append(range(i.casualties().missing()));
        }
        d.append(". Sources:");
        for (Source s : i.sourcing().reports()) {
            d.append("<br>\n- ").append(s.outlet() == null ? "unknown outlet" : html(s.outlet()));
            if (s.published() != null) {
                d.append(", ").append(s.published());
            }
            if (s.title() != null) {
                d.append(": ").append(html(s.title()));
            }
            if (s.url() != null && s.openableUrl()) {
                d.append(" <a href=\"").append(html(s.url())).append("\">").append(html(s.url())).append("</a>");
            } else if (s.url() != null) {
                d.append(" ").append(html(s.url()));
            }
        }
        d.append("<br>\n").append(html(i.id().toString()));
        return d.toString();
    }

    /** Text as inert HTML: the five characters HTML gives meaning to are escaped, line breaks become {@code <br>}. */
    static String html(String text) {
        StringBuilder b = new StringBuilder(text.length() + 16);
        for (int k = 0; k < text.length(); k++) {
            char c = text.charAt(k);
            switch (c) {
                case '&' -> b.append("&amp;");
                case '<' -> b.append("&lt;");
                case '>' -> b.append("&gt;");
                case '"' -> b.append("&quot;");
                case '\'' -> b.append("&#39;");
                case '\n' -> b.append("<br>");
                default -> b.append(c);
            }
        }
        return b.toString();
    }

    private static String range(Estimate e) {
        return e.low() == e.high() ? Integer.toString(e.best())
                : e.low() + " to " + e.high() + " (best " + e.best() + ")";
    }

    private void data(String name, String value) throws XMLStreamException {
        if (value == null) {
            return;
        }
        x.writeStartElement("Data");
        x.writeAttribute("name", name);
        element("value", value);
        x.writeEndElement();
    }

    private void element(String name, String text) throws XMLStreamException {
        x.writeStartElement(name);
        x.writeCharacters(xmlText(text));
        x.writeEndElement();
    }

    /**
     * {@code text} with every character XML 1.0 cannot hold replaced by U+FFFD: control characters other than tab,
     * line feed and carriage return, U+FFFE, U+FFFF and unpaired surrogates. StAX writes them as they are, and a single
     * one (a form feed in a headline) makes the whole file unreadable to every XML parser.
     */
    static String xmlText(String text) {
        int n = text.length();
        int k = 0;
        while (k < n && xmlAllows(text.codePointAt(k))) {
            k += Character.charCount(text.codePointAt(k));
        }
        if (k == n) {
            return text;
        }
        StringBuilder out = new StringBuilder(n).append(text, 0, k);
        while (k < n) {
            int c = text.codePointAt(k);
            out.appendCodePoint(xmlAllows(c) ? c : 0xFFFD);
            k += Character.charCount(c);
        }
        return out.toString();
    }

    /** XML 1.0's Char production; an unpaired surrogate comes here as itself and is refused. */
    private static boolean xmlAllows(int c) {
        if (c < 0x20) {
            return c == '\t' || c == '\n' || c == '\r';
        }
        return (c < 0xD800 || c > 0xDFFF) && c != 0xFFFE && c != 0xFFFF;
    }

    @Override
    public void finish() throws IOException {
        try {
            x.writeCharacters("\n");
            x.writeEndElement();
            x.writeEndElement();
            x.writeEndDocument();
            x.flush();
            x.close();
        } catch (XMLStreamException e) {
            throw new IOException("cannot write KML: " + e.getMessage(), e);
        }
    }
}
