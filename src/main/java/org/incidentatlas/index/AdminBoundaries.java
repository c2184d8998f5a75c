package org.incidentatlas.index;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * Iraq's governorates, districts and sub-districts from the bundled OCHA COD-AB boundaries ({@code /data/basemap} in
 * the application), used to assign every incident a governorate, district and sub-district from its coordinates.
 */
public record AdminBoundaries(AdminAreas governorates, AdminAreas districts, AdminAreas subdistricts) {
    static final String GOVERNORATES = "/data/basemap/irq_adm1_ocha_cod.geojson";
    static final String DISTRICTS = "/data/basemap/irq_adm2_ocha_cod.geojson";
    static final String SUBDISTRICTS = "/data/basemap/irq_adm3_ocha_cod.geojson";

    /** Reads the bundled files; a missing or broken file is a broken application, reported unchecked. */
    public static AdminBoundaries bundled() {
        return new AdminBoundaries(load(GOVERNORATES, 1), load(DISTRICTS, 2), load(SUBDISTRICTS, 3));
    }

    private static AdminAreas load(String resource, int level) {
        try (InputStream in = AdminBoundaries.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("boundary file missing from the application: " + resource);
            }
            return AdminAreas.read(in, level, resource);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read boundary file " + resource + ": " + e.getMessage(), e);
        }
    }
}
