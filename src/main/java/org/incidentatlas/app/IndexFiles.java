package org.incidentatlas.app;

import java.io.IOException;
import java.nio.file.Path;
import org.incidentatlas.index.AdminBoundaries;
import org.incidentatlas.index.IncidentIndex;
import org.incidentatlas.index.IndexSnapshot;
import org.incidentatlas.ingest.ImportException;
import org.incidentatlas.ingest.ImportReport;

/**
 * The index of an open database: read from its snapshot when that belongs to the database as it is now, otherwise
 * built from the store in one pass and written as the new snapshot. A snapshot that is missing, stale or damaged is
 * never trusted, only replaced.
 */
final class IndexFiles {
    private IndexFiles() {
    }

    /**
     * The index of {@code session}'s database. Without {@code withText} the search text is not read from a good
     * snapshot (a text filter then cannot be evaluated).
     */
    static IndexSnapshot.Loaded load(AtlasSession session, AdminBoundaries boundaries, boolean withText) {
        return IndexSnapshot.readOrBuild(file(session), key(session, boundaries), boundaries, withText,
                expected(session), sink -> session.facts().forEach(sink), System.err::println);
    }

    /** Builds the index from the store and writes it as the snapshot (after an import). */
    static IncidentIndex refresh(AtlasSession session, AdminBoundaries boundaries) {
        return IndexSnapshot.build(file(session), key(session, boundaries), boundaries, expected(session),
                sink -> session.facts().forEach(sink), System.err::println);
    }

    private static IncidentIndex write(AtlasSession session, String key, IncidentIndex index) {
        try {
            IndexSnapshot.write(file(session), key, index);
        } catch (IOException e) {
            System.err.println("Cannot write the index snapshot " + file(session) + ": " + e.getMessage());
        }
        return index;
    }

    /** An import that hands the facts of every incident held once it is in to the builder it is given. */
    @FunctionalInterface
    interface FedImport {
        ImportReport run(IncidentIndex.Builder facts) throws ImportException, IOException;
    }

    /**
     * Runs {@code work}, an import fed a builder of the index, and if it is kept writes the snapshot built from what it
     * fed, under the key of the database as the import left it: read before any other write of this program (an edit
     * saved in the window) can come in between, so the snapshot never stands for a state it does not show. Neither the
     * window nor a command then reads the database back to index it.
     */
    static ImportReport importFed(AtlasSession session, AdminBoundaries boundaries, FedImport work)
            throws ImportException, IOException {
        IncidentIndex.Builder facts = IncidentIndex.builder(boundaries, 1024);
        String[] key = new String[1];
        ImportReport report = session.alone(() -> {
            ImportReport r = work.run(facts);
            key[0] = r.committed() ? key(session, boundaries) : null;
            return r;
        });
        if (key[0] != null) {
            write(session, key[0], facts.build());
        }
        return report;
    }

    private static int expected(AtlasSession session) {
        return (int) Math.min(Integer.MAX_VALUE - 8, session.repository().count());
    }

    private static String key(AtlasSession session, AdminBoundaries boundaries) {
        return IndexSnapshot.key(session.repository().dataStamp(), boundaries);
    }

    static Path file(AtlasSession session) {
        return session.folder().resolve(IndexSnapshot.FILE_NAME);
    }
}
