package org.incidentatlas.store;

import java.nio.file.Path;
import org.incidentatlas.domain.SampleIncidents;

/** Imports that tests stage and decide, leaving the move into place to the test (or to the next open). */
final class DecidedImports {
    private DecidedImports() {
    }

    /**
     * Stages {@code n} curated incidents, with ids {@code prefix}0, {@code prefix}1 and on, in a staging file in
     * {@code folder}, and decides the import in one transaction of {@code db}.
     */
    static void decide(Database db, Path folder, String prefix, int n) {
        db.inTransaction(c -> {
            IncidentBatch batch = new IncidentBatch(c, folder);
            for (int i = 0; i < n; i++) {
                batch.write(SampleIncidents.full("curated", prefix + i));
            }
            batch.finish();
            return null;
        });
    }
}
