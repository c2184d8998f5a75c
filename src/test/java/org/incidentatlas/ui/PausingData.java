package org.incidentatlas.ui;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.incidentatlas.domain.DatasetSummary;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.incidentatlas.domain.Incident;
import org.incidentatlas.domain.IncidentId;
import org.incidentatlas.export.DataFormat;
import org.incidentatlas.ingest.DatasetJson;
import org.incidentatlas.ingest.ImportException;
import org.incidentatlas.ingest.ImportOptions;
import org.incidentatlas.ingest.ImportReport;
import org.incidentatlas.domain.ProgressListener;

/**
 * The window's data, whose next import holds still at its first progress report part way through its file until the
 * test lets it go on: a test can act "mid-import" at a known point instead of racing a progress bar.
 */
final class PausingData implements AtlasData {
    private final AtlasData data;
    private volatile boolean pauseNext;
    private final CountDownLatch paused = new CountDownLatch(1);
    private final CountDownLatch resumed = new CountDownLatch(1);

    PausingData(AtlasData data) {
        this.data = data;
    }

    /** The next import will hold at its first progress report that is part way through its file. */
    void pauseNextImport() {
        pauseNext = true;
    }

    /** Waits until the import holds part way; it has then read some of its records and written them uncommitted. */
    void awaitPaused() throws InterruptedException {
        if (!paused.await(60, TimeUnit.SECONDS)) {
            throw new AssertionError("the import never reported progress part way through its file");
        }
    }

    /** Lets the held import go on. */
    void resume() {
        resumed.countDown();
    }

    @Override
    public Optional<Incident> find(IncidentId id) {
        return data.find(id);
    }

    @Override
    public List<DatasetSummary> datasets() {
        return data.datasets();
    }

    @Override
    public long removeDataset(String name) {
        return data.removeDataset(name);
    }

    @Override
    public MapContent loadContent() {
        return data.loadContent();
    }

    @Override
    public ImportReport importFile(Path file, ImportOptions options, boolean skipBadRows, ProgressListener progress)
            throws ImportException, IOException {
        boolean pause = pauseNext;
        pauseNext = false;
        return data.importFile(file, options, skipBadRows, (done, total, message) -> {
            if (pause && done > 0 && done < total && paused.getCount() > 0) {
                paused.countDown();
                awaitResumed();
            }
            progress.progress(done, total, message);
        });
    }

    private void awaitResumed() {
        try {
            if (!resumed.await(60, TimeUnit.SECONDS)) {
                throw new IllegalStateException("the test never let the held import go on");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    @Override
    public DatasetJson.DatasetFile exportDataset(String name, Path out) throws IOException {
        return data.exportDataset(name, out);
    }

    @Override
    public long exportData(DataFormat format, long[] rowIds, String title, Path out, ProgressListener progress)
            throws IOException {
        return data.exportData(format, rowIds, title, out, progress);
    }
}
