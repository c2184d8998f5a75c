package org.incidentatlas.ingest;

import java.sql.PreparedStatement;
import org.incidentatlas.store.Database;

/** Registers datasets for tests, editable or read-only. */
final class TestDatasets {
    private TestDatasets() {
    }

    static void create(Database db, String name, boolean editable) {
        db.inTransaction(c -> {
            try (PreparedStatement ps = c.prepareStatement(
                    "MERGE INTO dataset (dataset_key, editable) KEY (dataset_key) VALUES (?, ?)")) {
                ps.setString(1, name);
                ps.setBoolean(2, editable);
                ps.executeUpdate();
            }
            return null;
        });
    }
}
