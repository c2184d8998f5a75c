package org.incidentatlas.store;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import org.incidentatlas.domain.Figure;
import org.incidentatlas.domain.ReportedFigures;
import org.incidentatlas.domain.Source;

/** Binds a report to the columns a report row has, from outlet to passage. */
final class SourceColumns {
    static final String NAMES = "outlet, published, title, url, quoted, killed_low, killed_high, killed_text, "
            + "wounded_low, wounded_high, wounded_text, missing_low, missing_high, missing_text, note, language, "
            + "passage";
    static final int COUNT = 17;

    private SourceColumns() {
    }

    /** Binds the report's columns from parameter {@code i + 1} on; returns the last index bound. */
    static int bind(PreparedStatement s, int i, Source src) throws SQLException {
        return bind(ColumnSink.of(s), i, src);
    }

    /** As above, into any {@link ColumnSink} (a staged record). */
    static int bind(ColumnSink s, int i, Source src) throws SQLException {
        s.setString(++i, src.outlet());
        s.setString(++i, src.published() == null ? null : src.published().toString());
        s.setString(++i, src.title());
        s.setString(++i, src.url());
        s.setString(++i, src.quoted());
        ReportedFigures f = src.figures() == null ? new ReportedFigures(null, null, null) : src.figures();
        i = figure(s, i, f.killed());
        i = figure(s, i, f.wounded());
        i = figure(s, i, f.missing());
        s.setString(++i, src.note());
        s.setString(++i, src.language());
        s.setString(++i, src.passage());
        return i;
    }

    private static int figure(ColumnSink s, int i, Figure f) throws SQLException {
        integer(s, i + 1, f == null ? null : f.low());
        integer(s, i + 2, f == null ? null : f.high());
        s.setString(i + 3, f == null ? null : f.reported());
        return i + 3;
    }

    private static void integer(ColumnSink s, int index, Integer value) throws SQLException {
        if (value == null) {
            s.setNull(index, Types.INTEGER);
        } else {
            s.setInt(index, value);
        }
    }
}
