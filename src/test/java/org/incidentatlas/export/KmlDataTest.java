package org.incidentatlas.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.HashMap;
import java.util.Map;
import javax.xml.parsers.DocumentBuilderFactory;
import org.incidentatlas.domain.Incident;
import org.incidentatlas.domain.SampleIncidents;
import org.incidentatlas.render.IncidentStyle;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** KML written for a full and a sparse incident, read back by an XML parser that knows nothing of the writer. */
class KmlDataTest {
    private static final String NS = "http://www.opengis.net/kml/2.2";

    private static Document kml(String title, Incident... incidents) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        KmlData kml = new KmlData(out, title);
        for (Incident i : incidents) {
            kml.write(i);
        }
        kml.finish();
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        return factory.newDocumentBuilder().parse(new ByteArrayInputStream(out.toByteArray()));
    }

    private static String text(Element e, String name) {
        NodeList found = e.getElementsByTagNameNS(NS, name);
        return found.getLength() == 0 ? null : found.item(0).getTextContent();
    }

    private static Map<String, String> data(Element placemark) {
        Map<String, String> out = new HashMap<>();
        NodeList data = placemark.getElementsByTagNameNS(NS, "Data");
        for (int k = 0; k < data.getLength(); k++) {
            Element d = (Element) data.item(k);
            out.put(d.getAttribute("name"), text(d, "value"));
        }
        return out;
    }

    @Test
    void theDocumentIsNamedAndHasAStyleInTheMapsColourForEachType() throws Exception {
        Document doc = kml("Iraq, June 2014");
        Element document = (Element) doc.getElementsByTagNameNS(NS, "Document").item(0);
        assertEquals("Iraq, June 2014", text(document, "name"));
        NodeList styles = doc.getElementsByTagNameNS(NS, "Style");
        assertEquals(4, styles.getLength());
        for (int type = 0; type <= 3; type++) {
            Element style = (Element) styles.item(type);
            assertEquals("type-" + type, style.getAttribute("id"));
            int rgb = IncidentStyle.colour(type);
            String expected = String.format("ff%02x%02x%02x", rgb & 0xFF, rgb >> 8 & 0xFF, rgb >> 16 & 0xFF);
            assertEquals(expected, text(style, "color"), "aabbggrr of type " + type);
            assertEquals("0.8", text(style, "scale"));
            assertTrue(text(style, "href").endsWith("shaded_dot.png"));
        }
        assertEquals("Incident Atlas export", text((Element) kml(" ").getElementsByTagNameNS(NS, "Document").item(0),
                "name"), "a blank title gets the default");
        assertEquals("Incident Atlas export", text((Element) kml(null).getElementsByTagNameNS(NS, "Document")
                .item(0), "name"));
    }

    @Test
    void elementsNestWhereKmlWantsThemOneItemALine() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        KmlData kml = new KmlData(out, "t");
        kml.write(SampleIncidents.full("test", "a"));
        kml.write(SampleIncidents.messy("test", "b"));
        kml.finish();
        String text = out.toString(java.nio.charset.StandardCharsets.UTF_8);
        assertTrue(text.startsWith("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<kml"), text);
        assertTrue(text.endsWith("</Placemark>\n</Document></kml>"), text.substring(text.length() - 40));
        assertEquals(4, text.split("\n<Style ").length - 1, "a style a line");
        assertEquals(2, text.split("\n<Placemark ").length - 1, "a placemark a line");
        Document doc = kml("t", SampleIncidents.full("test", "a"), SampleIncidents.messy("test", "b"));
        assertParent(doc, "Document", "kml");
        assertParent(doc, "Style", "Document");
        assertParent(doc, "IconStyle", "Style");
        assertParent(doc, "Icon", "IconStyle");
        assertParent(doc, "Placemark", "Document");
        assertParent(doc, "TimeSpan", "Placemark");
        assertParent(doc, "TimeStamp", "Placemark");
        assertParent(doc, "styleUrl", "Placemark");
        assertParent(doc, "ExtendedData", "Placemark");
        assertParent(doc, "Data", "ExtendedData");
        assertParent(doc, "Point", "Placemark");
        assertParent(doc, "coordinates", "Point");
    }

    private static void assertParent(Document doc, String name, String parent) {
        NodeList all = doc.getElementsByTagNameNS(NS, name);
        assertTrue(all.getLength() > 0, name);
        for (int k = 0; k < all.getLength(); k++) {
            assertEquals(parent, all.item(k).getParentNode().getLocalName(), name + " " + k);
        }
    }

    @Test
    void kmlColoursAreAlphaBlueGreenRed() {
        assertEquals("ff332211", KmlData.kmlColour(0xFF112233));
        assertEquals("ff0000ff", KmlData.kmlColour(0x00FF0000), "always opaque");
    }

    @Test
    void aPlacemarkSpanningDaysHasItsPlaceTimeSpanStyleDataAndPoint() throws Exception {
        Incident full = SampleIncidents.full("test", "full-1");
        Element p = (Element) kml("t", full).getElementsByTagNameNS(NS, "Placemark").item(0);
        assertEquals("test_full-1", p.getAttribute("id"));
        assertEquals("Al-Wuhailat market, Sadr City, 2021-07-19", text(p, "name"));
        assertEquals("2021-07-19", text(p, "begin"));
        assertEquals("2021-07-20", text(p, "end"));
        assertEquals(null, text(p, "when"));
        assertEquals("#type-3", text(p, "styleUrl"));
        assertEquals("44.4511,33.3906,0", text(p, "coordinates"));
        Map<String, String> data = data(p);
        assertEquals("test:full-1", data.get("id"));
        assertEquals(full.type().words(), data.get("type_of_violence"));
        assertEquals(full.category().words(), data.get("category"));
        assertEquals("IS", data.get("side_a"));
        assertEquals("Civilians", data.get("side_b"));
        assertEquals("30", data.get("deaths_low"));
        assertEquals("35", data.get("deaths_best"));
        assertEquals("36", data.get("deaths_high"));
        assertEquals("3", data.get("sources"));
        assertEquals(9, data.size());
    }

    @Test
    void aOneDayIncidentWithoutPlaceNameOrSecondSideIsStampedWithItsDay() throws Exception {
        Element p = (Element) kml("t", SampleIncidents.messy("test", "m:1")).getElementsByTagNameNS(NS, "Placemark")
                .item(0);
        assertEquals("test_m_1", p.getAttribute("id"), "every colon replaced");
        assertEquals("Unnamed place, 2002-12-15", text(p, "name"));
        assertEquals("2002-12-15", text(p, "when"));
        assertEquals(null, text(p, "begin"));
        assertEquals("#type-2", text(p, "styleUrl"));
        assertEquals(8, data(p).size(), "no side_b");
        assertEquals(null, data(p).get("side_b"));
    }

    @Test
    void theBalloonTellsDatesSidesFiguresAndEachReport() {
        Incident full = SampleIncidents.full("test", "full-1");
        String d = KmlData.description(full);
        assertTrue(d.startsWith("2021-07-19 to 2021-07-20 (" + full.dates().precision().words() + "). "), d);
        assertTrue(d.contains(full.type().words() + ": IS v. Civilians. Deaths 30 to 36 (best 35), wounded 50 to 70"
                + " (best 60), missing 2. Sources:"), d);
        assertTrue(d.contains("<br>\n- Agence France Presse, 2021-07-19: Suicide bomber kills 35 at Baghdad market on"
                + " eve of Eid <a href=\"https://www.example.org/news/2021/07/19\">"
                + "https://www.example.org/news/2021/07/19</a>"), d);
        assertTrue(d.contains("<br>\n- Reuters News, 2021-07: Blast in Sadr City market<br>"), d);
        assertTrue(d.contains("<br>\n- unknown outlet, 2021: "), d);
        assertTrue(d.contains(" javascript:alert(1)<br>\ntest:full-1"), "an address that is not the web is text");
        assertTrue(d.endsWith("<br>\ntest:full-1"), d);

        String messy = KmlData.description(SampleIncidents.messy("test", "m-1"));
        assertTrue(messy.startsWith("2002-12-15 (" + SampleIncidents.messy("test", "m-1").dates().precision().words()
                + "). "), messy);
        assertTrue(messy.contains(": Ansar al-Islam. Deaths 5 to 4 (best 3). Sources:<br>\n- unknown outlet: F:"),
                messy);
    }

    @Test
    void htmlEscapesTheFiveCharactersAndBreaksLines() {
        assertEquals("&lt;a href=&quot;x&quot;&gt;Tom &amp; Jerry&#39;s&lt;/a&gt;<br>next",
                KmlData.html("<a href=\"x\">Tom & Jerry's</a>\nnext"));
        assertEquals("plain", KmlData.html("plain"));
    }

    @Test
    void xmlTextReplacesOnlyWhatXmlCannotHold() {
        assertEquals("tab\tline\ncr\r", KmlData.xmlText("tab\tline\ncr\r"));
        assertEquals("a\uFFFDb\uFFFDc", KmlData.xmlText("a\u0000b\u001Fc"));
        assertEquals(" \uD83D\uDE00 ", KmlData.xmlText(" \uD83D\uDE00 "), "a pair of surrogates is one character");
        assertEquals("\uFFFD x \uFFFD", KmlData.xmlText("\uD800 x \uDFFF"), "unpaired halves are not");
        assertEquals("\uFFFD\uFFFD\uFFFD", KmlData.xmlText("\uFFFE\uFFFF\u0008"));
        assertEquals("\uD7FF\uE000\uFFFD", KmlData.xmlText("\uD7FF\uE000\uFFFD"), "beside the surrogates, allowed");
        assertEquals("ok \uFFFD", KmlData.xmlText("ok \u000B"), "a bad character after good ones");
    }
}
