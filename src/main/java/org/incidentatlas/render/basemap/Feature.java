package org.incidentatlas.render.basemap;

import java.awt.geom.Path2D;
import java.util.List;
import java.util.Map;

/**
 * One polygon (outer ring and holes) or one line of a basemap layer, with its attributes and a bounding box for the
 * per-tile prefilter. A GeoJSON MultiPolygon or MultiLineString becomes several features.
 */
final class Feature {
    private final Map<String, String> properties;
    private final List<Outline> parts;
    private final boolean polygon;
    private final double minX;
    private final double minY;
    private final double maxX;
    private final double maxY;

    Feature(Map<String, String> properties, List<Outline> parts, boolean polygon) {
        this.properties = properties;
        this.parts = List.copyOf(parts);
        this.polygon = polygon;
        minX = parts.stream().mapToDouble(o -> o.minX).min().orElse(0);
        minY = parts.stream().mapToDouble(o -> o.minY).min().orElse(0);
        maxX = parts.stream().mapToDouble(o -> o.maxX).max().orElse(0);
        maxY = parts.stream().mapToDouble(o -> o.maxY).max().orElse(0);
    }

    String property(String key) {
        return properties.getOrDefault(key, "");
    }

    double number(String key, double fallback) {
        try {
            return Double.parseDouble(property(key));
        } catch (NumberFormatException e) {
            return fallback;
        }
    }

    boolean polygon() {
        return polygon;
    }

    List<Outline> parts() {
        return parts;
    }

    boolean intersects(double x0, double y0, double x1, double y1) {
        return maxX >= x0 && minX <= x1 && maxY >= y0 && minY <= y1;
    }

    /**
     * Appends the parts that reach into the box to {@code path} in screen pixels. For polygons every ring is added so
     * that holes stay holes (even-odd fill).
     */
    void appendTo(Path2D.Float path, int level, TileFrame frame) {
        for (Outline o : parts) {
            if (polygon || o.intersects(frame.minX(), frame.minY(), frame.maxX(), frame.maxY())) {
                o.appendTo(path, level, frame.originX(), frame.originY(), frame.scale());
            }
        }
    }

    boolean intersects(TileFrame frame) {
        return intersects(frame.minX(), frame.minY(), frame.maxX(), frame.maxY());
    }

    /** The first point of a point feature (a populated place). */
    double[] point() {
        return parts.get(0).points();
    }

    /** Absolute area of the outer ring, in world units squared. */
    double area() {
        return parts.isEmpty() ? 0 : Math.abs(parts.get(0).area());
    }
}
