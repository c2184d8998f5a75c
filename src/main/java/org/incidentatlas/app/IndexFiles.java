package org.incidentatlas.app;

import java.nio.file.Path;
import org.incidentatlas.index.AdminBoundaries;
import org.incidentatlas.index.IncidentIndex;
import org.incidentatlas.index.IndexSnapshot;

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

    /**
     * Builds the index from {@code fed}, a builder that was given the facts of every incident the database now holds,
     * and writes it as the snapshot of the database as it is now (after an import that fed it).
     */
    static IncidentIndex write(AtlasSession session, AdminBoundaries boundaries, IncidentIndex.Builder fed) {
        IncidentIndex index = fed.build();
        try {
            IndexSnapshot.write(file(session), key(session, boundaries), index);
        } catch (java.io.IOException e) {
            System.err.println("Cannot write the index snapshot " + file(session) + ": " + e.getMessage());
        }
        return index;
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
