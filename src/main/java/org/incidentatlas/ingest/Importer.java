package org.incidentatlas.ingest;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.incidentatlas.domain.Incident;
import org.incidentatlas.domain.FactsSink;
import org.incidentatlas.domain.ProgressListener;
import org.incidentatlas.store.DiskFullException;
import org.incidentatlas.store.IncidentBatch;
import org.incidentatlas.store.IncidentRepository;

/**
 * Imports files into the database, streaming: each record is checked and written as it is read, all in one
 * transaction. At the end either every good record is committed (when there were no bad ones, or the caller asked to
 * skip them) or the transaction is rolled back and nothing is.
 */
public final class Importer {
    private static final Pattern GED_VERSION = Pattern.compile(
            "ged[_-]?(?:event[_-]?v)?(\\d{2})[._]?(\\d)(?:[._](\\d{1,2}))?(?!\\d)", Pattern.CASE_INSENSITIVE);

    /** How far the format sniffer looks past leading blank space. */
    private static final int SNIFF_LIMIT = 1 << 20;

    private final IncidentRepository repository;
    private final ImportOptions options;
    /** The dataset version the user gave, or null: then a GED file's name tells it. */
    private final String version;
    /** Told the facts of every incident held after a kept import, or null (see {@link #withFacts}). */
    private final FactsSink facts;

    public Importer(IncidentRepository repository) {
        this(repository, ImportOptions.NONE);
    }

    /** @param options a forced format, a mapping for other tables, a workbook's sheet */
    public Importer(IncidentRepository repository, ImportOptions options) {
        this(repository, options, null, null);
    }

    private Importer(IncidentRepository repository, ImportOptions options, String version,
            FactsSink facts) {
        this.repository = repository;
        this.options = options;
        this.version = version == null || version.isBlank() ? null : version.strip();
        this.facts = facts;
    }

    /** An importer that stores {@code datasetVersion} as the release of every record it imports from tables. */
    public Importer withVersion(String datasetVersion) {
        return new Importer(repository, options, datasetVersion, facts);
    }

    /**
     * An importer that tells {@code sink} the facts of every incident the database holds once an import is kept (in
     * row-id order; the imported ones from their records as they are moved into place, not read back): what the index
     * snapshot is built from after an import. Nothing is told when the import is not kept.
     */
    public Importer withFacts(FactsSink sink) {
        return new Importer(repository, options, version, sink);
    }

    /**
     * Imports a table (CSV or .xlsx) or native JSON file, chosen by its content. Progress is told in bytes of the file
     * read, so a progress bar can show how far the import is.
     */
    public ImportReport importFile(Path file, boolean skipBadRows, ProgressListener progress)
            throws ImportException, IOException {
        String name = file.getFileName() == null ? file.toString() : file.getFileName().toString();
        if (Files.isDirectory(file)) {
            throw new ImportException(file + ": is a folder; name a GED CSV or Incident Atlas JSON file");
        }
        if (Files.exists(file) && !Files.isRegularFile(file)) {
            throw new ImportException(file + ": is not a regular file (a device, pipe or socket); nothing was read");
        }
        try (CountingInputStream counted = new CountingInputStream(Files.newInputStream(file));
                InputStream in = new BufferedInputStream(counted)) {
            long size = Files.size(file);
            return importStream(in, name, skipBadRows, progress, told -> (done, total, message) -> told.progress(
                    Math.min(counted.count(), size), size, message), null, null);
        } catch (DiskFullException e) {
            throw e.forImportOf(Files.size(file));
        } catch (NoSuchFileException e) {
            throw new ImportException(file + ": no such file", e);
        }
    }

    /**
     * Imports from a stream; when {@code stateName} is given, that state value is recorded in the same transaction
     * (used to remember that the bundled data are in). Records are written as they are read, inside one open
     * transaction that is committed at the end only if no record was bad (or {@code skipBadRows}), so the file never
     * has to fit in memory and an interruption at any point leaves the database as it was. The file is parsed on a
     * thread of its own a little ahead of this one, which checks and stages the records ({@link ReadAhead}).
     */
    public ImportReport importStream(InputStream in, String name, boolean skipBadRows, ProgressListener progress,
            String stateName, String stateValue) throws ImportException, IOException {
        return importStream(in, name, skipBadRows, progress, UnaryOperator.identity(), stateName, stateValue);
    }

    /**
     * As above, with progress measured otherwise than the reader counts it (e.g. in bytes of the file read):
     * {@code measured} turns a listener into one that tells it the measure instead, taken at the time of the call. The
     * reader's own calls are measured on the reading thread, as it reads, and told here in order.
     */
    ImportReport importStream(InputStream in, String name, boolean skipBadRows, ProgressListener told,
            UnaryOperator<ProgressListener> measured, String stateName, String stateValue)
            throws ImportException, IOException {
        BufferedInputStream buffered = in instanceof BufferedInputStream b ? b : new BufferedInputStream(in);
        IncidentReader reader = readerFor(buffered, name, options, version);
        ProgressListener progress = measured.apply(told);
        ImportReport report = repository.writeInOneTransaction(batch -> {
            WritingSink sink = new WritingSink(batch, name);
            long read = ReadAhead.stream((ahead, records) -> reader.stream(buffered, name, measured.apply(ahead),
                    records), told, sink);
            boolean commit = sink.rejections.isEmpty() || skipBadRows;
            if (commit && stateName != null) {
                batch.putState(stateName, stateValue);
            }
            progress.progress(read, read, commit ? "saving " + batch.written() + " incidents" : "rolling back");
            return new ImportReport(name, read, commit ? batch.written() : 0, sink.rejections, commit);
        }, ImportReport::committed, progress, facts);
        return report;
    }

    /**
     * Picks the reader: an .xlsx workbook by its zip signature and name; otherwise by the first non-blank byte, '{' or
     * '[' is JSON and anything else a CSV table, whose format its header shows. Files that are plainly something else
     * (another archive, UTF-16 text, binary data) are refused here with what they are.
     */
    static IncidentReader readerFor(BufferedInputStream in, String name, ImportOptions options)
            throws IOException, ImportException {
        return readerFor(in, name, options, null);
    }

    /** As {@link #readerFor(BufferedInputStream, String, ImportOptions)}, with the version the user gave, or null. */
    static IncidentReader readerFor(BufferedInputStream in, String name, ImportOptions options, String version)
            throws IOException, ImportException {
        in.mark(512);
        byte[] head = in.readNBytes(512);
        in.reset();
        if (head.length == 0) {
            throw new ImportException(name + ": empty file");
        }
        if (Tables.isWorkbook(head, name)) {
            return tableReader(name, options, version);
        }
        if ("native".equals(options.format())) {
            return new NativeJsonReader();
        }
        String what = FileSniffer.notText(head);
        if (what != null) {
            throw new ImportException(name + ": " + what);
        }
        int first = FileSniffer.firstNonBlank(head);
        if (first < 0 && head.length < 512) {
            throw new ImportException(name + ": empty file (only blanks)");
        }
        if (first < 0) {
            first = firstNonBlankWithin(in, name);
        }
        boolean json = first == '{' || first == '[';
        return json && options.format() == null ? new NativeJsonReader() : tableReader(name, options, version);
    }

    /** Reads a CSV file or workbook in the format its header shows (or the one forced); GED's message when none. */
    private static IncidentReader tableReader(String name, ImportOptions options, String version)
            throws ImportException {
        List<TableFormat> formats = options.tableFormats(name, version);
        if (formats.isEmpty()) {
            throw new ImportException(name + ": --format " + options.format() + " is not a table format this "
                    + "version reads");
        }
        return new TableReader(formats, options.sheet());
    }

    /** The first non-blank byte within {@link #SNIFF_LIMIT} bytes, for files that open with a lot of blank space. */
    private static int firstNonBlankWithin(BufferedInputStream in, String name) throws IOException, ImportException {
        in.mark(SNIFF_LIMIT + 1);
        int b;
        int seen = 0;
        do {
            b = in.read();
            seen++;
        } while (seen <= SNIFF_LIMIT && (b == ' ' || b == '\n' || b == '\r' || b == '\t'));
        in.reset();
        if (seen > SNIFF_LIMIT) {
            throw new ImportException(name + ": nothing but blank space in the first " + SNIFF_LIMIT + " bytes");
        }
        if (b < 0) {
            throw new ImportException(name + ": empty file (only blanks)");
        }
        return b;
    }

    /**
     * The GED release named in a file name such as {@code ged191.csv} or {@code GEDEvent_v25_1.csv} ("25.1"), or a
     * monthly Candidate release such as {@code GEDEvent_v26_0_3.csv} ("candidate 26.0.3"); null when it names none.
     */
    static String gedVersion(String fileName) {
        Matcher m = GED_VERSION.matcher(fileName);
        if (!m.find()) {
            return null;
        }
        String release = Integer.parseInt(m.group(1)) + "." + m.group(2);
        return m.group(3) == null ? release : "candidate " + release + "." + Integer.parseInt(m.group(3));
    }

    /** Writes each good record as it comes; a second record with an id already written is rejected. */
    private static final class WritingSink implements RecordSink {
        private final IncidentBatch batch;
        private final String file;
        private final List<Rejection> rejections = new ArrayList<>();

        WritingSink(IncidentBatch batch, String file) {
            this.batch = batch;
            this.file = file;
        }

        @Override
        public void accept(Incident incident, String location) {
            Rejection control = InertInput.check(incident, location);
            if (control != null) {
                rejections.add(control);
                return;
            }
            if (!batch.write(incident)) {
                rejections.add(new Rejection(location, "id", "incident " + incident.id()
                        + " appears more than once in " + file + "; the first one was kept"));
            }
        }

        @Override
        public void reject(Rejection rejection) {
            rejections.add(rejection);
        }
    }
}
