package org.incidentatlas.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/**
 * The disk holding the database filled up: said in those words, with the space free and, when known, about how much
 * the work needed; H2's own message (a stack of store exceptions and the SQL that was running) says none of that.
 */
public final class DiskFullException extends StoreException {
    private static final long serialVersionUID = 1L;
    private static final long MB = 1024 * 1024;
    /** Less free space than this, when H2 failed to write, is a full disk. */
    private static final long NEARLY_FULL = 16 * MB;

    private final transient Path folder;
    /** Whether the work had been decided when the disk filled, so that it is completed later rather than undone. */
    private final boolean decided;

    private DiskFullException(Path folder, String message, Throwable cause, boolean decided) {
        super(message, cause);
        this.folder = folder;
        this.decided = decided;
    }

    /** The disk holding {@code folder} is full; {@code needed} is about how many bytes the work needed, or -1. */
    public static DiskFullException of(Path folder, long needed, Throwable cause) {
        long free = free(folder);
        String message = "the disk is full (" + (free < 0 ? "?" : mb(free)) + " MB free in " + folder
                + (needed > 0 ? ", about " + mb(needed) + " MB needed" : "") + "); nothing was changed. Free some "
                + "space, or choose a database folder on another disk with --db DIR";
        return new DiskFullException(folder, message, cause, false);
    }

    /**
     * The disk filled while a decided import was being moved into place: the import is not undone but completed the
     * next time the database is opened, which needs room for it.
     */
    public static DiskFullException movingImport(Path folder, Throwable cause) {
        long free = free(folder);
        String message = "the disk filled up (" + (free < 0 ? "?" : mb(free)) + " MB free in " + folder + ") while "
                + "the import was being moved into place; the import was decided and is completed, whole, the next "
                + "time the database is opened. Free some space on that disk, then open Incident Atlas again";
        return new DiskFullException(folder, message, cause, true);
    }

    /**
     * The same failure, for an import of a file of {@code fileBytes}: it needs room for the records staged (about four
     * times the file's size in the database, measured on GED files) and for them again once moved into place, with
     * H2's undo log for the move until its commit; about six times the file's size in all.
     */
    public DiskFullException forImportOf(long fileBytes) {
        if (decided) {
            return this;
        }
        long database = 0;
        try (java.util.stream.Stream<Path> files = Files.list(folder)) {
            database = files.filter(f -> f.getFileName().toString().endsWith(".mv.db")
                    && !f.getFileName().toString().startsWith("before-import")).mapToLong(f -> {
                        try {
                            return Files.size(f);
                        } catch (IOException e) {
                            return 0;
                        }
                    }).sum();
        } catch (IOException | RuntimeException e) {
            // the estimate leaves the copy out
        }
        return of(folder, database + 6 * fileBytes, getCause());
    }

    /** Whether {@code e}, or anything that caused it, says the disk is full. */
    public static boolean isDiskFull(Throwable e) {
        return anyCause(e, (t, m) -> t instanceof DiskFullException || m.contains("no space left on device")
                || m.contains("not enough space on the disk") || m.contains("disk quota exceeded"));
    }

    /**
     * {@code e} as a {@link DiskFullException} when it is one at heart, else null. H2 closes its store when a
     * background write fails; the statement that meets the closed store (often the commit) then says only "This store
     * is closed". With the disk all but full at that moment, the full disk is what closed it.
     */
    static DiskFullException from(Path folder, Throwable e) {
        if (e instanceof DiskFullException d) {
            return d;
        }
        if (isDiskFull(e)) {
            return of(folder, -1, e);
        }
        long free = free(folder);
        return storeClosed(e) && free >= 0 && free < NEARLY_FULL ? of(folder, -1, e) : null;
    }

    private static boolean storeClosed(Throwable e) {
        return anyCause(e, (t, m) -> m.contains("this store is closed"));
    }

    /**
     * Whether {@code e} or anything that caused it passes {@code test}, given with its message in lower case. A failed
     * batch of statements says why in the exceptions chained to it ({@code getNextException}), not in its cause.
     */
    private static boolean anyCause(Throwable e, java.util.function.BiPredicate<Throwable, String> test) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (test.test(t, t.getMessage() == null ? "" : t.getMessage().toLowerCase(Locale.ROOT))) {
                return true;
            }
            if (t instanceof java.sql.SQLException sql && sql.getNextException() != null
                    && sql.getNextException() != t && anyCause(sql.getNextException(), test)) {
                return true;
            }
        }
        return false;
    }

    private static long free(Path folder) {
        try {
            return Files.getFileStore(Files.exists(folder) ? folder : folder.toAbsolutePath().getParent())
                    .getUsableSpace();
        } catch (IOException | RuntimeException e) {
            return -1;
        }
    }

    private static String mb(long bytes) {
        return String.format(Locale.ROOT, "%,d", (bytes + MB / 2) / MB);
    }
}
