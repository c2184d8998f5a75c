package org.incidentatlas.store;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.sql.SQLException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What makes a failure a full disk: a full-disk message anywhere in its causes; a closed store only on a full disk. */
class DiskFullExceptionTest {
    @TempDir
    Path home;

    @Test
    void aFullDiskMessageDeepInTheCausesIsAFullDisk() {
        SQLException deep = new SQLException("General error", new IllegalStateException("write failed",
                new IOException("Not enough space on the disk")));
        assertTrue(DiskFullException.isDiskFull(deep));
        assertTrue(DiskFullException.isDiskFull(new IOException("Disk quota exceeded")));
        assertFalse(DiskFullException.isDiskFull(new SQLException((String) null)));
        DiskFullException found = DiskFullException.from(home, deep);
        assertNotNull(found);
        assertSame(deep, found.getCause());
        assertSame(found, DiskFullException.from(home, found));
    }

    @Test
    void aClosedStoreOnADiskWithRoomIsNotCalledAFullDisk() {
        SQLException closed = new SQLException("General error", new IllegalStateException(
                "This store is closed [2.5.252/4]"));
        assertFalse(DiskFullException.isDiskFull(closed));
        assertNull(DiskFullException.from(home, closed), "the test folder's disk has more than 16 MB free");
        assertNull(DiskFullException.from(home, new SQLException("Table not found")));
    }

    @Test
    void aDiskThatFillsDuringADecidedImportsMoveIsSaidToBeCompletedAtTheNextOpenNotUndone() {
        IOException full = new IOException("No space left on device");
        String undecided = DiskFullException.from(home, full).forImportOf(1_000_000).getMessage();
        assertTrue(undecided.contains("nothing was changed"), undecided);

        DiskFullException moving = DiskFullException.movingImport(home, full);
        assertSame(full, moving.getCause());
        assertSame(moving, moving.forImportOf(1_000_000), "the importer keeps what the move said");
        String said = moving.getMessage();
        assertFalse(said.contains("nothing was changed"), said);
        assertTrue(said.contains("completed, whole, the next time the database is opened"), said);
        assertTrue(said.contains(home.toString()), said);
    }
}
