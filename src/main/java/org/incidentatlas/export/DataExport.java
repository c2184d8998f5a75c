package org.incidentatlas.export;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.BitSet;
import org.incidentatlas.index.FilterCodes;
import org.incidentatlas.index.TimeIndex;
import org.incidentatlas.ingest.ProgressListener;
import org.incidentatlas.store.AtomicFiles;
import org.incidentatlas.store.IncidentRepository;

/**
 * Exports the data of the incidents shown: picks their database rows (from the filters, or from what the window
 * shows), then streams them from the database into a CSV, GeoJSON or KML writer, one incident at a time, so a million
 * incidents export without holding them as objects or text. The file is written atomically; a failed or cancelled
 * export (the thread interrupted) leaves no file.
 */
public final class DataExport {
    private static final int PROGRESS_EVERY = 10_000;

    private DataExport() {
    }

    /** The row ids, ascending, of the incidents in {@code passing} (positions in {@code codes}). */
    public static long[] rowIds(FilterCodes codes, BitSet passing) {
        long[] ids = new long[passing.cardinality()];
        int n = 0;
        for (int i = passing.nextSetBit(0); i >= 0; i = passing.nextSetBit(i + 1)) {
            ids[n++] = codes.facts(i).rowId();
        }
        Arrays.sort(ids);
        return ids;
    }

    /** The row ids, ascending, of the incidents {@code shown} shows (its date window under its filter mask). */
    public static long[] rowIds(FilterCodes codes, Shown shown) {
        TimeIndex index = shown.index();
        int[] visible = new int[index.size()];
        int count = index.visible(shown.window(), shown.mask(), visible);
        long[] ids = new long[count];
        int n = 0;
        for (int k = 0; k < count; k++) {
            int at = codes.indexOf(index.id(visible[k]));
            if (at >= 0) {
                ids[n++] = codes.facts(at).rowId();
            }
        }
        long[] out = Arrays.copyOf(ids, n);
        Arrays.sort(out);
        return out;
    }

    /**
     * Writes the incidents of {@code rowIds} to {@code out} in {@code format}; returns how many were written.
     *
     * @param title the document's name (GeoJSON {@code name}, KML {@code Document/name}); may be empty
     * @throws InterruptedIOException when the thread was interrupted (cancelled); no file is left
     */
    public static long write(DataFormat format, IncidentRepository repository, long[] rowIds, String title, Path out,
            ProgressListener progress) throws IOException {
        long[] written = new long[1];
        AtomicFiles.write(out, stream -> {
            DataWriter writer = format.open(stream, title);
            written[0] = repository.forEachIncident(rowIds, incident -> {
                writer.write(incident);
                long n = ++written[0];
                if (Thread.currentThread().isInterrupted()) {
                    throw new InterruptedIOException("export cancelled after " + n + " of " + rowIds.length
                            + " incidents");
                }
                if (n % PROGRESS_EVERY == 0) {
                    progress.progress(n, rowIds.length, "incidents written: " + n + " of " + rowIds.length);
                }
            });
            writer.finish();
        });
        progress.progress(written[0], rowIds.length, "incidents written: " + written[0] + " of " + rowIds.length);
        return written[0];
    }
}
