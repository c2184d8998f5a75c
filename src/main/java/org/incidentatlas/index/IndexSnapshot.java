package org.incidentatlas.index;

import java.io.BufferedOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.MappedByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Consumer;
import java.util.zip.CRC32C;
import java.util.zip.CheckedOutputStream;
import org.incidentatlas.domain.IncidentFacts;

/**
 * An {@link IncidentIndex} on disk, so a start or a command reads it in one sweep instead of building it from the
 * database. The file is columnar: a magic word, a format version, the key of what it was built from, the number of
 * incidents, then named, typed columns (a reader takes the ones it knows and ignores others, so columns can be added),
 * and a CRC-32C of everything before it. A file that is missing, of another format, built from another state of the
 * database ({@code key}) or damaged is refused with the reason ({@link Unusable}); the caller rebuilds it.
 *
 * <p>Written to a temporary file beside it, forced to disk and moved over the old one, so a crash leaves the old
 * snapshot or the new one, never half of one; the key says whether it belongs to the database as it now is.
 */
public final class IndexSnapshot {
    /** The file name in the database folder. */
    public static final String FILE_NAME = "incident-index.snapshot";
    static final byte[] MAGIC = "IATLASIX".getBytes(StandardCharsets.US_ASCII);
    /** Bumped when a column changes meaning; new columns need no bump. */
    static final int FORMAT = 1;

    private IndexSnapshot() {
    }

    /** Why a snapshot cannot be used. */
    public static final class Unusable extends Exception {
        private static final long serialVersionUID = 1L;

        Unusable(String reason) {
            super(reason);
        }
    }

    /** An index and, when it had to be built, why the snapshot could not be used (null when it was read). */
    public record Loaded(IncidentIndex index, String rebuiltBecause) {
    }

    /**
     * The snapshot in {@code file} if it is usable under {@code key}; otherwise the index built from the rows
     * {@code source} hands to the consumer it is given, written as the new snapshot (a failure to write is only
     * reported to {@code problems}: the next start builds it again).
     */
    public static Loaded readOrBuild(Path file, String key, AdminBoundaries boundaries, boolean withText,
            Consumer<Consumer<IncidentFacts>> source, Consumer<String> problems) {
        return readOrBuild(file, key, boundaries, withText, 1024, source, problems);
    }

    /** As above; {@code expected}: about how many incidents {@code source} hands over (room is made at once). */
    public static Loaded readOrBuild(Path file, String key, AdminBoundaries boundaries, boolean withText,
            int expected, Consumer<Consumer<IncidentFacts>> source, Consumer<String> problems) {
        String reason;
        try {
            return new Loaded(read(file, key, boundaries, withText), null);
        } catch (Unusable e) {
            reason = e.getMessage();
        } catch (IOException e) {
            reason = "cannot be read: " + e.getMessage();
        }
        return new Loaded(build(file, key, boundaries, expected, source, problems), reason);
    }

    /** Builds the index from {@code source} and writes it to {@code file} under {@code key}. */
    public static IncidentIndex build(Path file, String key, AdminBoundaries boundaries,
            Consumer<Consumer<IncidentFacts>> source, Consumer<String> problems) {
        return build(file, key, boundaries, 1024, source, problems);
    }

    /** As above, with room for {@code expected} incidents made at once. */
    public static IncidentIndex build(Path file, String key, AdminBoundaries boundaries, int expected,
            Consumer<Consumer<IncidentFacts>> source, Consumer<String> problems) {
        IncidentIndex.Builder builder = IncidentIndex.builder(boundaries, expected);
        source.accept(builder);
        IncidentIndex index = builder.build();
        try {
            write(file, key, index);
        } catch (IOException e) {
            problems.accept("Cannot write the index snapshot " + file + ": " + e.getMessage());
        }
        return index;
    }

    /** The key of a snapshot of the database in the state {@code dataStamp}, its areas from {@code boundaries}. */
    public static String key(String dataStamp, AdminBoundaries boundaries) {
        return dataStamp + "|" + boundariesKey(boundaries);
    }

    /** A key naming the boundaries the areas were assigned from: other boundaries make another snapshot. */
    public static String boundariesKey(AdminBoundaries b) {
        long h = 17;
        for (AdminAreas areas : new AdminAreas[] {b.governorates(), b.districts(), b.subdistricts()}) {
            for (AdminArea a : areas.areas()) {
                h = h * 31 + a.pcode().hashCode();
                h = h * 31 + (a.parentPcode() == null ? 0 : a.parentPcode().hashCode());
            }
        }
        return b.governorates().size() + "/" + b.districts().size() + "/" + b.subdistricts().size() + "/"
                + Long.toHexString(h);
    }

    /** Writes {@code index} to {@code file} under {@code key} (atomically: see the class comment). */
    public static void write(Path file, String key, IncidentIndex index) throws IOException {
        Path temp = file.resolveSibling(file.getFileName() + ".partial");
        CRC32C crc = new CRC32C();
        try (OutputStream raw = Files.newOutputStream(temp);
                DataOutputStream out = new DataOutputStream(new BufferedOutputStream(
                        new CheckedOutputStream(raw, crc), 1 << 16))) {
            out.write(MAGIC);
            out.writeInt(FORMAT);
            out.writeUTF(key);
            TimeIndex p = index.points();
            FilterCodes c = index.codes();
            out.writeInt(p.size());
            SnapshotColumns.write(out, p, c);
            out.flush();
            // The checksum of everything before it, written past the checksummed stream.
            ByteBuffer tail = ByteBuffer.allocate(Long.BYTES).putLong(0, crc.getValue());
            raw.write(tail.array());
        }
        try (FileChannel ch = FileChannel.open(temp, StandardOpenOption.WRITE)) {
            ch.force(true);
        }
        Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    /**
     * Reads a snapshot written under {@code key}. Without {@code withText} the search text is left on disk (the
     * codes then refuse a text filter).
     */
    public static IncidentIndex read(Path file, String key, AdminBoundaries boundaries, boolean withText)
            throws Unusable, IOException {
        MappedByteBuffer map;
        try (FileChannel ch = FileChannel.open(file, StandardOpenOption.READ)) {
            long size = ch.size();
            if (size < MAGIC.length + Integer.BYTES + Long.BYTES) {
                throw new Unusable("too short (" + size + " bytes)");
            }
            if (size > Integer.MAX_VALUE) {
                throw new Unusable("larger than 2 GB");
            }
            map = ch.map(FileChannel.MapMode.READ_ONLY, 0, size);
        } catch (NoSuchFileException e) {
            throw new Unusable("missing");
        }
        int body = map.capacity() - Long.BYTES;
        CRC32C crc = new CRC32C();
        crc.update(map.duplicate().limit(body));
        if (crc.getValue() != map.getLong(body)) {
            throw new Unusable("damaged (checksum differs)");
        }
        ByteBuffer in = map.duplicate().limit(body);
        byte[] magic = new byte[MAGIC.length];
        in.get(magic);
        if (!Arrays.equals(magic, MAGIC)) {
            throw new Unusable("not an index snapshot");
        }
        int format = in.getInt();
        if (format != FORMAT) {
            throw new Unusable("format " + format + ", this version reads " + FORMAT);
        }
        try {
            String written = SnapshotColumns.utf(in);
            if (!written.equals(key)) {
                throw new Unusable("stale (built from another state of the database)");
            }
            int n = in.getInt();
            Map<String, ByteBuffer> columns = new HashMap<>();
            while (in.hasRemaining()) {
                String name = SnapshotColumns.utf(in);
                int length = in.getInt();
                ByteBuffer column = in.slice(in.position(), length);
                in.position(in.position() + length);
                columns.put(name, column);
            }
            return SnapshotColumns.read(columns, n, boundaries, withText);
        } catch (RuntimeException e) {
            // The checksum matched, so a writer of another version made it; never trust it.
            throw new Unusable("unreadable: " + e.getMessage());
        }
    }
}
