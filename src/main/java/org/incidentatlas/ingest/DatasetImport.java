package org.incidentatlas.ingest;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import org.incidentatlas.store.EditStore;

/**
 * Imports a researcher's dataset as another database exported it ({@link DatasetJson}): the dataset, its incidents,
 * its history and its reports on other datasets' incidents, all in one transaction, or nothing when any part is bad
 * or a dataset of that name is already here.
 */
public final class DatasetImport {
    private final EditStore store;

    public DatasetImport(EditStore store) {
        this.store = store;
    }

    /**
     * What was restored: the import's report (records read, imported, refused) and, when it was committed, the
     * dataset as it now is in the database.
     */
    public record Restored(ImportReport report, DatasetJson.DatasetFile dataset) {
        /** One line for a person: what the dataset brought with it. */
        public String describe() {
            if (!report.committed()) {
                return report.describe().replace("use --skip-bad-rows to import the good records",
                        "a dataset with its history is imported whole or not at all");
            }
            return report.describe() + System.lineSeparator() + "dataset " + dataset.name() + " restored with "
                    + count(dataset.history().size(), "change") + " in its history and "
                    + count(dataset.reports().size(), "report") + " on other datasets' incidents";
        }

        private static String count(int n, String what) {
            return n + " " + what + (n == 1 ? "" : "s");
        }
    }

    public Restored importFile(Path file) throws ImportException, IOException {
        String name = file.getFileName() == null ? file.toString() : file.getFileName().toString();
        DatasetJson.Read read;
        try (InputStream in = new BufferedInputStream(Files.newInputStream(file))) {
            read = DatasetJson.read(in, name);
        } catch (NoSuchFileException e) {
            throw new ImportException(file + ": no such file", e);
        }
        DatasetJson.DatasetFile data = read.dataset();
        if (!read.rejections().isEmpty()) {
            return refused(name, read, read.rejections());
        }
        if (store.exists(data.name())) {
            return refused(name, read, List.of(new Rejection(DatasetJson.DATASET, "name", "a dataset named '"
                    + data.name() + "' is already in this database; remove it first (datasets remove "
                    + data.name() + ") to take the file's records and history")));
        }
        try {
            store.restore(data.name(), data.citation(), data.incidents(), data.history(), data.reports());
        } catch (IllegalArgumentException e) {
            return refused(name, read, List.of(new Rejection(DatasetJson.DATASET, "name", e.getMessage())));
        }
        return new Restored(new ImportReport(name, read.incidentsRead(), data.incidents().size(), List.of(), true),
                data);
    }

    private static Restored refused(String name, DatasetJson.Read read, List<Rejection> why) {
        return new Restored(new ImportReport(name, read.incidentsRead(), 0, why, false), read.dataset());
    }
}
