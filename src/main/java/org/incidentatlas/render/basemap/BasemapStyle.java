package org.incidentatlas.render.basemap;

import java.awt.Color;

/**
 * The colours of the offline basemap: calm and muted, light greys and a pale blue, so the coloured incident dots on top
 * stand out. {@link #LIGHT} is the default; {@link #DARK} suits a dark window theme.
 *
 * @param neighbourLand land outside Iraq and outside the data's box
 * @param iraqLand      Iraq, a shade lighter so the study area reads first
 * @param water         sea and lakes
 * @param coast         coastline and lake shores
 * @param river         rivers
 * @param district      district (ADM2) boundaries
 * @param governorate   governorate (ADM1) boundaries
 * @param border        international borders
 * @param borderHalo    the soft band under international borders
 * @param halo          outline around label text
 * @param countryText   country names
 * @param areaText      governorate names
 * @param districtText  district names
 * @param placeText     city names
 * @param placeDot      city dots
 */
public record BasemapStyle(Color neighbourLand, Color iraqLand, Color water, Color coast, Color river, Color district,
        Color governorate, Color border, Color borderHalo, Color halo, Color countryText, Color areaText,
        Color districtText, Color placeText, Color placeDot) {
    public static final BasemapStyle LIGHT = new BasemapStyle(rgb(0xE9E7E1), rgb(0xF7F6F2), rgb(0xCCD8E0),
            rgb(0xA9BAC6), rgb(0xA3BACB), rgb(0xDCD6CB), rgb(0xC1B9AA), rgb(0x8F867B), rgb(0xDDD7CB),
            new Color(0xF9, 0xF8, 0xF5, 215), rgb(0x9C968D), rgb(0x8C8579), rgb(0xA39C90), rgb(0x45423D),
            rgb(0x5C5852));
    public static final BasemapStyle DARK = new BasemapStyle(rgb(0x2A2C2F), rgb(0x33363A), rgb(0x1C2329),
            rgb(0x3D4A55), rgb(0x3E5566), rgb(0x3F4246), rgb(0x54575C), rgb(0x8A8F96), rgb(0x3A3D41),
            new Color(0x26, 0x28, 0x2B, 215), rgb(0x7D828A), rgb(0x8A8F96), rgb(0x6F747B), rgb(0xD8DADD),
            rgb(0xB8BBBF));

    private static Color rgb(int rgb) {
        return new Color(rgb);
    }

    /** Sub-district (ADM3) boundaries: halfway between the district lines and Iraq's land, fainter than both. */
    Color subdistrict() {
        return new Color((district.getRed() + iraqLand.getRed()) / 2, (district.getGreen() + iraqLand.getGreen()) / 2,
                (district.getBlue() + iraqLand.getBlue()) / 2);
    }

    Color text(Label.Kind kind) {
        return switch (kind) {
            case COUNTRY -> countryText;
            case GOVERNORATE -> areaText;
            case DISTRICT, SUBDISTRICT -> districtText;
            case WATER -> coast;
            case CAPITAL, CITY -> placeText;
        };
    }
}
