package org.incidentatlas.export;

import java.io.IOException;
import java.io.OutputStream;
import java.util.Locale;

/** The data formats incidents are exported in, each written by a streaming {@link DataWriter}. */
public enum DataFormat {
    CSV("csv", "CSV (GED-like columns and sources)"),
    GEOJSON("geojson", "GeoJSON (RFC 7946)"),
    KML("kml", "KML (Google Earth, with time stamps)");

    private final String extension;
    private final String label;

    DataFormat(String extension, String label) {
        this.extension = extension;
        this.label = label;
    }

    public String extension() {
        return extension;
    }

    public String label() {
        return label;
    }

    /** A writer of this format on {@code out} (which it does not close). */
    public DataWriter open(OutputStream out, String title) throws IOException {
        return switch (this) {
            case CSV -> new CsvData(out);
            case GEOJSON -> new GeoJsonData(out, title);
            case KML -> new KmlData(out, title);
        };
    }

    /** The format named by a file extension or a name ("csv", "geojson", "json", "kml"). */
    public static DataFormat named(String name) {
        String n = name.toLowerCase(Locale.ROOT);
        return switch (n) {
            case "csv" -> CSV;
            case "geojson", "json" -> GEOJSON;
            case "kml" -> KML;
            default -> throw new IllegalArgumentException("format must be csv, geojson or kml (was '" + name + "')");
        };
    }
}
