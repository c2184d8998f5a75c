package org.incidentatlas.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.function.Consumer;
import org.incidentatlas.domain.PointRow;

/**
 * Streams every incident's index fields to a consumer in one query, in table order, without building an object per
 * row: one reused {@link PointRow} carries each row.
 */
final class PointScan implements PointRow {
    /** Dates are read as LocalDate: measured faster than asking H2 for DATEDIFF on a million rows. */
    private static final String SQL = "SELECT id, dataset_key, original_id, date_start, date_end, "
            + "date_prec, latitude, longitude, deaths_best, violence_type, where_prec FROM incident";

    private long rowId;
    private String dataset;
    private String originalId;
    private int startDay;
    private int endDay;
    private int datePrecision;
    private double latitude;
    private double longitude;
    private int deathsBest;
    private int violenceType;
    private int locationPrecision;

    static int run(Connection c, Consumer<PointRow> sink) throws SQLException {
        PointScan row = new PointScan();
        int rows = 0;
        try (PreparedStatement ps = c.prepareStatement(SQL)) {
            ps.setFetchSize(10_000);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    row.rowId = rs.getLong(1);
                    row.dataset = rs.getString(2);
                    row.originalId = rs.getString(3);
                    row.startDay = (int) rs.getObject(4, LocalDate.class).toEpochDay();
                    row.endDay = (int) rs.getObject(5, LocalDate.class).toEpochDay();
                    row.datePrecision = rs.getInt(6);
                    row.latitude = rs.getDouble(7);
                    row.longitude = rs.getDouble(8);
                    row.deathsBest = rs.getInt(9);
                    row.violenceType = rs.getInt(10);
                    row.locationPrecision = rs.getInt(11);
                    sink.accept(row);
                    rows++;
                }
            }
        }
        return rows;
    }

    @Override
    public long rowId() {
        return rowId;
    }

    @Override
    public String dataset() {
        return dataset;
    }

    @Override
    public String originalId() {
        return originalId;
    }

    @Override
    public int startDay() {
        return startDay;
    }

    @Override
    public int endDay() {
        return endDay;
    }

    @Override
    public int datePrecision() {
        return datePrecision;
    }

    @Override
    public double latitude() {
        return latitude;
    }

    @Override
    public double longitude() {
        return longitude;
    }

    @Override
    public int deathsBest() {
        return deathsBest;
    }

    @Override
    public int violenceType() {
        return violenceType;
    }

    @Override
    public int locationPrecision() {
        return locationPrecision;
    }
}
