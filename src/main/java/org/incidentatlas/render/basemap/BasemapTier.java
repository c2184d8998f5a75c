package org.incidentatlas.render.basemap;

import java.io.IOException;
import java.util.List;
import org.incidentatlas.domain.WebMercator;

/**
 * One scale of Natural Earth layers and the box they were clipped to (world units: minX, minY, maxX, maxY): the 1:110m
 * world, the 1:50m "wide box" around Iraq (0–90 E, 0–60 N), or the 1:10m region box (36–51 E, 28–39 N). A finer tier
 * is drawn over a coarser one inside its own box, so each zoom shows the finest data that covers it.
 *
 * @param urban urban areas (1:50m only; empty elsewhere)
 */
record BasemapTier(double[] box, List<Feature> land, List<Feature> lakes, List<Feature> coast, List<Feature> rivers,
        List<Feature> borders, List<Feature> urban) {

    /** A box in world units from west, south, east, north in degrees. */
    static double[] box(double west, double south, double east, double north) {
        return new double[] {WebMercator.x(west), WebMercator.y(north), WebMercator.x(east), WebMercator.y(south)};
    }

    /** Natural Earth 1:110m, the whole world. */
    static BasemapTier world() throws IOException {
        return new BasemapTier(box(-180, -85.05, 180, 85.05), layer("world/ne_110m_land.geojson"),
                layer("world/ne_110m_lakes.geojson"), layer("world/ne_110m_coastline.geojson"),
                layer("world/ne_110m_rivers_lake_centerlines.geojson"),
                layer("world/ne_110m_admin_0_boundary_lines_land.geojson"), List.of());
    }

    /** Natural Earth 1:50m, clipped to 0–90 E, 0–60 N. */
    static BasemapTier wide() throws IOException {
        return new BasemapTier(box(0, 0, 90, 60), layer("world/ne_50m_land_wide.geojson"),
                layer("world/ne_50m_lakes_wide.geojson"), layer("world/ne_50m_coastline_wide.geojson"),
                layer("world/ne_50m_rivers_lake_centerlines_wide.geojson"),
                layer("world/ne_50m_admin_0_boundary_lines_land_wide.geojson"),
                layer("world/ne_50m_urban_areas_wide.geojson"));
    }

    private static List<Feature> layer(String name) throws IOException {
        return GeoJsonLayer.bundled(name);
    }

    boolean intersects(TileFrame f) {
        return f.maxX() >= box[0] && f.minX() <= box[2] && f.maxY() >= box[1] && f.minY() <= box[3];
    }
}
