package org.incidentatlas.store;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.LocalDate;

/**
 * Where an incident's or a report's column values go, in column order: a statement's parameters, or a record of a
 * staged import ({@link StagedRecord}) that is bound to a statement later.
 */
interface ColumnSink {
    void setInt(int index, int value) throws SQLException;

    void setDouble(int index, double value) throws SQLException;

    /** A text value, or null. */
    void setString(int index, String value) throws SQLException;

    void setDay(int index, LocalDate value) throws SQLException;

    void setNull(int index, int sqlType) throws SQLException;

    /** The parameters of {@code s}. */
    static ColumnSink of(PreparedStatement s) {
        return new ColumnSink() {
            @Override
            public void setInt(int index, int value) throws SQLException {
                s.setInt(index, value);
            }

            @Override
            public void setDouble(int index, double value) throws SQLException {
                s.setDouble(index, value);
            }

            @Override
            public void setString(int index, String value) throws SQLException {
                s.setString(index, value);
            }

            @Override
            public void setDay(int index, LocalDate value) throws SQLException {
                s.setObject(index, value);
            }

            @Override
            public void setNull(int index, int sqlType) throws SQLException {
                s.setNull(index, sqlType);
            }
        };
    }
}
