package org.incidentatlas.ingest;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.incidentatlas.domain.Incident;
import org.incidentatlas.domain.IncidentId;
import org.incidentatlas.store.IncidentRepository;

/**
 * Imports files into the database. A file is read whole first; then, in one transaction, either every good record is
 * written (when there were no bad ones, or the caller asked to skip them) or nothing is.
 */
public final class Importer {
    private static final Pattern GED_VERSION = Pattern.compile("ged[_-]?(?:event[_-]?v)?(\\d{2})[._]?(\\d)",
            Pattern.CASE_INSENSITIVE);

    /** How far the format sniffer looks past leading blank space. */
    private static final int SNIFF_LIMIT = 1 << 20;

    private final IncidentRepository repository;

    public Importer(IncidentRepository repository) {
        this.repository = repository;
    }

    /** Imports a GED CSV or native JSON file, chosen by its content. */
    public ImportReport importFile(Path file, boolean skipBadRows, ProgressListener progress)
            throws ImportException, IOException {
        String name = file.getFileName().toString();
        try (InputStream in = new BufferedInputStream(Files.newInputStream(file))) {
            return importStream(in, name, skipBadRows, progress, null, null);
        } catch (NoSuchFileException e) {
            throw new ImportException(file + ": no such file", e);
        }
    }

    /**
     * Imports from a stream; when {@code stateName} is given, that state value is recorded in the same transaction
     * (used to remember that the bundled data are in).
     */
    public ImportReport importStream(InputStream in, String name, boolean skipBadRows, ProgressListener progress,
            String stateName, String stateValue) throws ImportException, IOException {
        BufferedInputStream buffered = in instanceof BufferedInputStream b ? b : new BufferedInputStream(in);
        ParsedFile parsed = readerFor(buffered, name).read(buffered, name, progress);
        List<Rejection> rejections = new ArrayList<>(parsed.rejections());
        List<Incident> incidents = withoutDuplicates(parsed, rejections);
        if (!rejections.isEmpty() && !skipBadRows) {
            return new ImportReport(name, parsed.recordsRead(), 0, rejections, false);
        }
        progress.progress(parsed.recordsRead(), parsed.recordsRead(), "writing " + incidents.size() + " incidents");
        int written = repository.saveAllWithState(incidents, stateName, stateValue);
        return new ImportReport(name, parsed.recordsRead(), written, rejections, true);
    }

    /** Picks the reader by the first non-blank byte: '{' is native JSON, anything else is taken as GED CSV. */
    static IncidentReader readerFor(BufferedInputStream in, String name) throws IOException, ImportException {
        in.mark(SNIFF_LIMIT + 1);
        int b;
        int seen = 0;
        do {
            b = in.read();
            seen++;
        } while (seen <= SNIFF_LIMIT
                && (b == ' ' || b == '\n' || b == '\r' || b == '\t' || b == 0xEF || b == 0xBB || b == 0xBF));
        in.reset();
        if (seen > SNIFF_LIMIT) {
            throw new ImportException(name + ": nothing but blank space in the first " + SNIFF_LIMIT + " bytes");
        }
        if (b < 0 && seen <= 1) {
            throw new ImportException(name + ": empty file");
        }
        if (b == 'P' && name.toLowerCase(Locale.ROOT).endsWith(".csv")) {
            in.mark(4);
            byte[] magic = in.readNBytes(4);
            in.reset();
            if (magic.length == 4 && magic[1] == 'K' && magic[2] == 3 && magic[3] == 4) {
                throw new ImportException(name + ": this is a zip archive, not a CSV file; unpack it first");
            }
        }
        return b == '{' ? new NativeJsonReader() : new GedCsvReader(gedVersion(name));
    }

    /** The GED release named in a file name such as {@code ged191.csv} or {@code GEDEvent_v25_1.csv}, or null. */
    static String gedVersion(String fileName) {
        Matcher m = GED_VERSION.matcher(fileName);
        return m.find() ? Integer.parseInt(m.group(1)) + "." + m.group(2) : null;
    }

    private static List<Incident> withoutDuplicates(ParsedFile parsed, List<Rejection> rejections) {
        Map<IncidentId, Integer> seen = new HashMap<>();
        List<Incident> unique = new ArrayList<>();
        for (Incident incident : parsed.incidents()) {
            Integer first = seen.putIfAbsent(incident.id(), unique.size());
            if (first == null) {
                unique.add(incident);
            } else {
                rejections.add(new Rejection("incident " + incident.id(), "id",
                        "appears more than once in " + parsed.file() + "; the first one was kept"));
            }
        }
        return unique;
    }
}
