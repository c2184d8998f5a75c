package org.incidentatlas.render.basemap;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.incidentatlas.domain.WebMercator;

/**
 * The vector data of the offline basemap, read once from the bundled files in {@code /data/basemap} (Natural Earth and
 * OCHA COD-AB, see {@code data/basemap/README.md}), projected to Web Mercator and simplified per zoom. Immutable and
 * safe to share between rendering threads. Loading takes a few hundred milliseconds: do it off the FX thread.
 */
public final class BasemapData {
    /** The box the Natural Earth layers were clipped to: west, south, east, north in degrees. */
    public static final double[] REGION = {36, 28, 51, 39};
    private static final String IRAQ = "Iraq";

    final List<Feature> land;
    final List<Feature> lakes;
    final List<Feature> coast;
    final List<Feature> rivers;
    final List<Feature> borders;
    final List<Feature> governorates;
    final List<Feature> districts;
    final List<Feature> subdistricts;
    final List<Feature> places;
    final List<Label> labels;
    /** From this zoom (city zoom) sub-districts are named; their outlines are drawn from one zoom before. */
    static final int SUBDISTRICT_ZOOM = 11;
    /** Natural Earth 1:110m, the whole world (zoom 0 and up). */
    final BasemapTier world;
    /** Natural Earth 1:50m around Iraq (zoom 3 and up). */
    final BasemapTier wide;
    /** Natural Earth 1:10m in the region box (zoom 7 and up), with the 1:50m urban areas. */
    final BasemapTier regional;
    /** The region box in world units: minX, minY, maxX, maxY. */
    final double[] region = {WebMercator.x(REGION[0]), WebMercator.y(REGION[3]), WebMercator.x(REGION[2]),
        WebMercator.y(REGION[1])};

    /** The language of the OCHA area names. */
    final LabelLanguage language;
    private final Layers layers;
    private final List<Feature> countries;
    private final List<Feature> wideCountries;

    private BasemapData(Layers layers, List<Feature> countries, BasemapTier world, BasemapTier wide,
            List<Feature> wideCountries, LabelLanguage language) {
        this.layers = layers;
        this.countries = countries;
        this.wideCountries = wideCountries;
        this.language = language;
        this.world = world;
        this.wide = wide;
        land = layers.land;
        lakes = layers.lakes;
        coast = layers.coast;
        rivers = layers.rivers;
        borders = layers.borders;
        governorates = layers.governorates;
        districts = layers.districts;
        subdistricts = layers.subdistricts;
        places = layers.places;
        regional = new BasemapTier(region, land, lakes, coast, rivers, borders, wide.urban());
        labels = labels(countries, wideCountries);
    }

    /** The layers as read from the files. */
    private record Layers(List<Feature> land, List<Feature> lakes, List<Feature> coast, List<Feature> rivers,
            List<Feature> borders, List<Feature> governorates, List<Feature> districts, List<Feature> subdistricts,
            List<Feature> places) {
    }

    /** Reads the bundled basemap files. */
    public static BasemapData loadBundled() throws IOException {
        Layers layers = new Layers(GeoJsonLayer.bundled("ne_10m_land_region.geojson"),
                GeoJsonLayer.bundled("ne_10m_lakes_region.geojson"),
                GeoJsonLayer.bundled("ne_10m_coastline_region.geojson"),
                GeoJsonLayer.bundled("ne_10m_rivers_lake_centerlines_region.geojson"),
                GeoJsonLayer.bundled("ne_10m_admin_0_boundary_lines_land_region.geojson"),
                GeoJsonLayer.bundled("irq_adm1_ocha_cod.geojson"),
                GeoJsonLayer.bundled("irq_adm2_ocha_cod.geojson"),
                GeoJsonLayer.bundled("irq_adm3_ocha_cod.geojson"),
                GeoJsonLayer.bundled("ne_10m_populated_places_simple_region.geojson"));
        return new BasemapData(layers, GeoJsonLayer.bundled("ne_10m_countries_region.geojson"), BasemapTier.world(),
                BasemapTier.wide(), GeoJsonLayer.bundled("world/ne_50m_admin_0_countries_wide.geojson"),
                LabelLanguage.ENGLISH);
    }

    /** The same layers with the OCHA areas named in {@code language} (this data when it already is). */
    public BasemapData withLabels(LabelLanguage language) {
        return language == this.language ? this
                : new BasemapData(layers, countries, world, wide, wideCountries, language);
    }

    private List<Label> labels(List<Feature> countries, List<Feature> wideCountries) {
        LabelMaker make = new LabelMaker();
        List<Label> out = new ArrayList<>();
        countryLabels(countries, make, out);
        wideCountryLabels(countries, wideCountries, make, out);
        for (Object[] sea : SEAS) {
            double[] at = {WebMercator.x((double) sea[2]), WebMercator.y((double) sea[1])};
            out.add(make.label((String) sea[0], Label.Kind.WATER, at, (int) sea[3], (int) sea[4], 1.5));
        }
        for (Feature g : governorates) {
            double[] at = LabelPoint.of(g);
            out.add(make.label(language.name(g.property("ADM1_EN").toUpperCase(Locale.ROOT), g.property("ADM1_AR")),
                    Label.Kind.GOVERNORATE, at, 6, 10, 3));
        }
        for (Feature d : districts) {
            out.add(make.label(language.name(d.property("ADM2_EN"), d.property("ADM2_AR")), Label.Kind.DISTRICT,
                    LabelPoint.of(d), 9, 99, 6));
        }
        // Sub-districts are named at city zoom, after every district and place name.
        for (Feature d : subdistricts) {
            out.add(make.label(language.name(d.property("ADM3_EN"), d.property("ADM3_AR")), Label.Kind.SUBDISTRICT,
                    LabelPoint.of(d), SUBDISTRICT_ZOOM, 99, 7));
        }
        for (Feature p : places) {
            out.add(placeLabel(p, make));
        }
        out.sort(Comparator.comparingDouble(Label::rank));
        return List.copyOf(out);
    }

    private static void countryLabels(List<Feature> countries, LabelMaker make, List<Label> out) {
        List<Feature> largest = new ArrayList<>();
        for (Feature c : countries) {
            largest.removeIf(o -> o.property("name").equals(c.property("name")) && o.area() < c.area());
            if (largest.stream().noneMatch(o -> o.property("name").equals(c.property("name")))) {
                largest.add(c);
            }
        }
        for (Feature c : largest) {
            // Countries only slightly inside the region box (Lebanon, Armenia, Azerbaijan) would be named at its edge.
            if (c.area() < 0.4) {
                continue;
            }
            String name = c.property("name");
            boolean iraq = IRAQ.equals(name);
            int minZoom = c.area() < 1.5 ? 6 : 4;
            out.add(make.label(name.toUpperCase(Locale.ROOT), Label.Kind.COUNTRY, LabelPoint.of(c), minZoom,
                    iraq ? 5 : 7, 1 - c.area() / 1000));
        }
    }

    /**
     * Names of the countries around the region box, from the 1:50m countries (largest part of each), for zooms 3 to 6;
     * the region's own countries are named from the 1:10m file.
     */
    private static void wideCountryLabels(List<Feature> regionCountries, List<Feature> wideCountries,
            LabelMaker make, List<Label> out) {
        java.util.Set<String> named = new java.util.HashSet<>();
        regionCountries.forEach(c -> named.add(c.property("name")));
        java.util.Map<String, Feature> largest = new java.util.LinkedHashMap<>();
        for (Feature c : wideCountries) {
            String name = c.property("NAME");
            if (name.isEmpty() || named.contains(name)) {
                continue;
            }
            largest.merge(name, c, (a, b) -> a.area() >= b.area() ? a : b);
        }
        for (Feature c : largest.values()) {
            if (c.area() < 0.3) {
                continue;
            }
            int rank = (int) c.number("LABELRANK", 6);
            int minZoom = Math.max(3, Math.min(6, rank + 1));
            out.add(make.label(c.property("NAME").toUpperCase(Locale.ROOT), Label.Kind.COUNTRY, LabelPoint.of(c),
                    minZoom, 7, 1 + rank / 10.0 - c.area() / 10000));
        }
    }

    /** Seas and gulfs around Iraq: name, latitude, longitude of the label, first and last zoom. */
    private static final Object[][] SEAS = {
        {"Mediterranean Sea", 34.0, 20.0, 3, 5},
        {"Black Sea", 43.3, 34.5, 3, 6},
        {"Caspian Sea", 41.5, 50.8, 4, 7},
        {"Red Sea", 20.5, 38.5, 3, 7},
        {"Persian Gulf", 27.0, 51.2, 4, 8},
        {"Arabian Sea", 16.0, 62.0, 3, 6},
        {"Gulf of Oman", 24.8, 58.5, 5, 7},
    };

    private static Label placeLabel(Feature p, LabelMaker make) {
        double[] at = p.point();
        int scalerank = (int) p.number("scalerank", 10);
        boolean capital = p.property("featurecla").startsWith("Admin-0 capital");
        boolean inIraq = IRAQ.equals(p.property("adm0name"));
        int minZoom = scalerank <= 2 ? 4 : scalerank <= 4 ? 5 : scalerank <= 6 ? 6 : scalerank <= 7 ? 7 : 8;
        if (inIraq) {
            minZoom = Math.max(4, minZoom - 1);
        }
        double popRank = 1 - Math.min(1, p.number("pop_max", 0) / 1e7);
        double rank = capital && inIraq ? 0 : scalerank <= 4 ? 2 + popRank / 10 : 4 + scalerank / 10.0 + popRank / 100;
        return make.label(p.property("name"), capital ? Label.Kind.CAPITAL : Label.Kind.CITY, at, minZoom, 99,
                rank);
    }
}
