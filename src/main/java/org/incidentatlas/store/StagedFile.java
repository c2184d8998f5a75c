package org.incidentatlas.store;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.UUID;
import java.util.zip.CRC32C;
import java.util.zip.CheckedInputStream;

/**
 * The file an import stages its records in, beside the database ({@code import-staged-*.bin}): one
 * {@link StagedRecord} after another, each after its length. Written once, forced to disk before the import is
 * decided, and read back in order by the move into the live tables (and again by the next open, if a crash cut the
 * move short). Its length and CRC-32C go into the decision's note, so a redo reads exactly what was decided.
 */
final class StagedFile implements AutoCloseable {
    static final String PREFIX = "import-staged-";
    static final String SUFFIX = ".bin";

    private final Path path;
    private final FileChannel channel;
    private final OutputStream out;
    private final CRC32C crc = new CRC32C();
    private final byte[] frame = new byte[4];
    private long position;
    private boolean closed;
    private FileChannel reader;

    private StagedFile(Path path) throws IOException {
        this.path = path;
        this.channel = FileChannel.open(path, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
        this.out = new BufferedOutputStream(Channels.newOutputStream(channel), 1 << 16);
    }

    /** A new, empty staging file in {@code folder}. */
    static StagedFile create(Path folder) throws IOException {
        return new StagedFile(folder.resolve(PREFIX + UUID.randomUUID() + SUFFIX));
    }

    Path path() {
        return path;
    }

    /** Where the next record begins. */
    long position() {
        return position;
    }

    /** Appends the record in {@code r}. */
    void append(StagedRecord r) throws IOException {
        int n = r.size();
        frame[0] = (byte) (n >>> 24);
        frame[1] = (byte) (n >>> 16);
        frame[2] = (byte) (n >>> 8);
        frame[3] = (byte) n;
        out.write(frame);
        out.write(r.bytes(), 0, n);
        crc.update(frame);
        crc.update(r.bytes(), 0, n);
        position += 4 + n;
    }

    /**
     * The dataset and id of the record at {@code at} (a {@link #position} once), as {@code dataset + '\0' + id}:
     * what a duplicate id is confirmed by.
     */
    String idAt(long at) throws IOException {
        if (!closed) {
            out.flush();
        }
        if (reader == null) {
            reader = FileChannel.open(path, StandardOpenOption.READ);
        }
        ByteBuffer length = ByteBuffer.allocate(4);
        readFully(length, at);
        ByteBuffer body = ByteBuffer.allocate(length.getInt(0));
        readFully(body, at + 4);
        try (DataInputStream in = new DataInputStream(new java.io.ByteArrayInputStream(body.array()))) {
            in.readByte();
            StagedRecord.read(in);
            return StagedRecord.read(in) + "\u0000" + StagedRecord.read(in);
        }
    }

    private void readFully(ByteBuffer b, long at) throws IOException {
        while (b.hasRemaining()) {
            if (reader.read(b, at + b.position()) < 0) {
                throw new IOException(path + ": ends inside a record");
            }
        }
    }

    /** Puts every record on disk; the file's length and checksum are then {@link #position} and {@link #crc}. */
    void seal() throws IOException {
        out.flush();
        channel.force(true);
        // Its name in the folder as well (on Linux a folder can be forced; elsewhere this is not needed or possible).
        try (FileChannel dir = FileChannel.open(path.toAbsolutePath().getParent(), StandardOpenOption.READ)) {
            dir.force(true);
        } catch (IOException | UnsupportedOperationException e) {
            // as above
        }
    }

    long crc() {
        return crc.getValue();
    }

    @Override
    public void close() throws IOException {
        if (!closed) {
            closed = true;
            out.close();
        }
    }

    /** Closes the channel {@link #idAt} reads with, if open; reporting nothing. */
    void release() {
        if (reader != null) {
            try {
                reader.close();
            } catch (IOException ignored) {
                // only read from; nothing is lost
            }
            reader = null;
        }
    }

    /** Closes and deletes the file, reporting nothing (an import that is over or failed). */
    void discard() {
        release();
        try {
            close();
        } catch (IOException ignored) {
            // deleted below all the same; the next open deletes what is left
        }
        try {
            Files.deleteIfExists(path);
        } catch (IOException ignored) {
            // as above
        }
    }

    /** The records of a staged file this process has just written and sealed, in order, for the move. */
    static DataInputStream open(Path file) throws IOException {
        return new DataInputStream(new BufferedInputStream(Files.newInputStream(file), 1 << 16));
    }

    /** The records of a staged file, in order, for a redo of the move; its length and checksum are checked first. */
    static DataInputStream open(Path file, long length, long crc) throws IOException {
        if (!Files.exists(file)) {
            throw new IOException(file + " is missing");
        }
        if (Files.size(file) < length) {
            throw new IOException(file + " is shorter than when the import was decided");
        }
        CRC32C check = new CRC32C();
        try (InputStream in = new CheckedInputStream(new BufferedInputStream(Files.newInputStream(file), 1 << 16),
                check)) {
            byte[] chunk = new byte[1 << 16];
            long left = length;
            while (left > 0) {
                int n = in.read(chunk, 0, (int) Math.min(chunk.length, left));
                if (n < 0) {
                    throw new IOException(file + " ends early");
                }
                left -= n;
            }
        }
        if (check.getValue() != crc) {
            throw new IOException(file + " is damaged (its checksum differs from the one decided)");
        }
        return open(file);
    }

    /** Whether {@code folder} holds staging files (of an import cut short, when no import is running). */
    static boolean any(Path folder) {
        try (DirectoryStream<Path> files = Files.newDirectoryStream(folder, PREFIX + "*" + SUFFIX)) {
            return files.iterator().hasNext();
        } catch (IOException e) {
            throw new StoreException("Cannot look for an import cut short in " + folder + ": " + e.getMessage(), e);
        }
    }

    /** Deletes every staging file in {@code folder} (no import may be running). */
    static void deleteAll(Path folder) throws IOException {
        try (DirectoryStream<Path> files = Files.newDirectoryStream(folder, PREFIX + "*" + SUFFIX)) {
            for (Path f : files) {
                Files.deleteIfExists(f);
            }
        }
    }
}
