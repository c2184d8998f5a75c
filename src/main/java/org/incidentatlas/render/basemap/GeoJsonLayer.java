package org.incidentatlas.render.basemap;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import org.incidentatlas.domain.WebMercator;
import org.incidentatlas.index.GeoJson;

/**
 * Reads a GeoJSON FeatureCollection (RFC 7946, longitude/latitude) through {@link GeoJson} into features in Web
 * Mercator world units: one feature per polygon or line of a Multi geometry.
 */
final class GeoJsonLayer {
    private GeoJsonLayer() {
    }

    /** The features of the bundled file {@code /data/basemap/NAME}. */
    static List<Feature> bundled(String name) throws IOException {
        String path = "/data/basemap/" + name;
        try (InputStream in = GeoJsonLayer.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new IOException("bundled basemap file " + path + " is missing from the application");
            }
            return read(in, path);
        }
    }

    static List<Feature> read(InputStream in, String where) throws IOException {
        List<Feature> out = new ArrayList<>();
        for (GeoJson.Feature f : GeoJson.read(in, where)) {
            boolean polygon = f.polygonal();
            for (List<double[]> part : f.parts()) {
                List<Outline> outlines = new ArrayList<>(part.size());
                for (double[] run : part) {
                    outlines.add(new Outline(project(run), polygon));
                }
                out.add(new Feature(f.properties(), outlines, polygon));
            }
        }
        return out;
    }

    /** Longitude, latitude pairs to Web Mercator world units, in place (the reader's arrays are this layer's). */
    private static double[] project(double[] lonLat) {
        for (int i = 0; i < lonLat.length; i += 2) {
            double lon = lonLat[i];
            lonLat[i] = WebMercator.x(lon);
            lonLat[i + 1] = WebMercator.y(lonLat[i + 1]);
        }
        return lonLat;
    }
}
