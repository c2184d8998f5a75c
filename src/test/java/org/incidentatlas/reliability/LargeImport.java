package org.incidentatlas.reliability;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import org.incidentatlas.index.TimeIndex;
import org.incidentatlas.index.TimeIndexBuilder;
import org.incidentatlas.ingest.ImportReport;
import org.incidentatlas.ingest.Importer;
import org.incidentatlas.store.Database;
import org.incidentatlas.store.IncidentRepository;

/**
 * Imports {@code ROWS} synthetic GED rows into a fresh database in {@code DIR}, then loads them as the map does.
 * Run in its own JVM (e.g. with -Xmx512m) by {@link LargeImportTest}; prints progress lines on stderr and, on stdout,
 * {@code RESULT key=value ...} with the time, the peak heap and the heap the loaded map data hold.
 */
public final class LargeImport {
    private LargeImport() {
    }

    public static void main(String[] args) throws Exception {
        Path dir = Path.of(args[0]);
        int rows = Integer.parseInt(args[1]);
        Path file = dir.resolve("synthetic_ged191.csv");
        Files.createDirectories(dir);
        SyntheticGedRows.write(file, 1_000_000_000L, rows, 42);
        long started = System.nanoTime();
        ImportReport report;
        try (Database db = Database.open(dir.resolve("db"))) {
            IncidentRepository repository = new IncidentRepository(db);
            long[] lastShown = {-1};
            report = new Importer(repository).importFile(file, false, (done, total, message) -> {
                if (done / 100_000 != lastShown[0]) {
                    lastShown[0] = done / 100_000;
                    System.err.println("progress " + message);
                }
            });
            long importMillis = (System.nanoTime() - started) / 1_000_000;
            long importPeak = peakHeap();
            resetPeaks();
            TimeIndex index = TimeIndexBuilder.from(repository::scanPoints);
            long loadedHeap = heapAfterGc();
            System.out.println("RESULT rows=" + report.rowsRead() + " imported=" + report.imported()
                    + " committed=" + report.committed() + " importMillis=" + importMillis
                    + " importPeakHeapMB=" + importPeak / (1 << 20) + " loadedPoints=" + index.size()
                    + " heapWithIndexMB=" + loadedHeap / (1 << 20) + " fileMB=" + Files.size(file) / (1 << 20)
                    + " maxHeapMB=" + Runtime.getRuntime().maxMemory() / (1 << 20));
        }
    }

    private static long peakHeap() {
        long sum = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                sum += pool.getPeakUsage().getUsed();
            }
        }
        return sum;
    }

    private static void resetPeaks() {
        ManagementFactory.getMemoryPoolMXBeans().forEach(MemoryPoolMXBean::resetPeakUsage);
    }

    private static long heapAfterGc() {
        for (int i = 0; i < 3; i++) {
            System.gc();
        }
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }
}
