package org.incidentatlas.reliability;

import java.util.BitSet;
import org.incidentatlas.index.AdminBoundaries;
import org.incidentatlas.index.FilterEvaluator;
import org.incidentatlas.index.FilterSummary;
import org.incidentatlas.index.IncidentFilter;
import org.incidentatlas.index.IncidentIndex;
import org.incidentatlas.index.IndexSnapshot;
import org.incidentatlas.store.Database;
import org.incidentatlas.store.IncidentFactsQuery;
import org.incidentatlas.store.IncidentRepository;

/** The index snapshot of a database, written and checked the way the application does. */
final class IndexSnapshots {
    private static final AdminBoundaries OCHA = AdminBoundaries.bundled();

    private IndexSnapshots() {
    }

    static void write(Database db) {
        IndexSnapshot.build(db.folder().resolve(IndexSnapshot.FILE_NAME), key(db), OCHA,
                sink -> new IncidentFactsQuery(db).forEach(sink), problem -> {
                    throw new IllegalStateException(problem);
                });
    }

    /**
     * Writes the snapshot as {@code import} does after an import: built from {@code fed}, a builder the import handed
     * the facts of every incident as it moved its records into place.
     */
    static void write(Database db, IncidentIndex.Builder fed) {
        try {
            IndexSnapshot.write(db.folder().resolve(IndexSnapshot.FILE_NAME), key(db), fed.build());
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    static IncidentIndex.Builder builder() {
        return IncidentIndex.builder(OCHA, 1024);
    }

    /**
     * Loads the index as a start would (the snapshot if it is usable, else built and written) and returns why it was
     * rebuilt (null when the snapshot was read); fails when what it loaded differs from the database.
     */
    static String loadAndCheck(Database db) {
        IndexSnapshot.Loaded loaded = IndexSnapshot.readOrBuild(db.folder().resolve(IndexSnapshot.FILE_NAME),
                key(db), OCHA, true, sink -> new IncidentFactsQuery(db).forEach(sink), problem -> { });
        IncidentIndex.Builder fresh = IncidentIndex.builder(OCHA);
        new IncidentFactsQuery(db).forEach(fresh);
        IncidentIndex want = fresh.build();
        if (!summary(want).equals(summary(loaded.index()))
                || want.points().size() != loaded.index().points().size()) {
            throw new AssertionError("the index loaded (" + (loaded.rebuiltBecause() == null ? "from the snapshot"
                    : "rebuilt: " + loaded.rebuiltBecause()) + ") is not the database's: " + summary(loaded.index())
                    + " instead of " + summary(want));
        }
        return loaded.rebuiltBecause();
    }

    private static FilterSummary summary(IncidentIndex index) {
        BitSet all = FilterEvaluator.evaluate(index.codes(), IncidentFilter.NONE);
        return FilterEvaluator.summarise(index.codes(), all);
    }

    private static String key(Database db) {
        return IndexSnapshot.key(new IncidentRepository(db).dataStamp(), OCHA);
    }
}
