package org.incidentatlas.export;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.security.SecureRandom;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The one way the application writes a file, so readers only ever see the old file or the complete new one: the
 * content goes to a temporary file next to the target ({@code .NAME.RANDOM.partial}), is forced to disk, and is then
 * moved over the target in one step. If writing fails, the target is untouched and the temporary file removed; if the
 * process dies, the next write to the same target removes what it left (a temporary file is locked while it is being
 * written, so one another program is still writing is left alone).
 *
 * <p>A target that is a device, pipe or socket is refused (it would be replaced by a regular file); a symbolic link is
 * followed, and its target written atomically, the link staying a link.
 */
public final class AtomicFiles {
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final String SUFFIX = ".partial";
    private static final int MAX_LINKS = 40;
    /** Temporary files being written by this process (a lock cannot tell them apart from within it). */
    private static final Set<Path> WRITING = ConcurrentHashMap.newKeySet();

    private AtomicFiles() {
    }

    /** What writes the content; the stream is closed by {@link #write} (closing it here only flushes it). */
    @FunctionalInterface
    public interface Content {
        void writeTo(OutputStream out) throws IOException;
    }

    /** Writes {@code target} atomically with what {@code content} writes. */
    public static void write(Path target, Content content) throws IOException {
        try (Pending pending = begin(target)) {
            content.writeTo(pending.stream());
            pending.commit();
        }
    }

    /**
     * Starts writing {@code target}: checks it, removes leftovers of earlier runs killed while writing it, and opens
     * a locked temporary file beside it. Write through {@link Pending#stream()} or {@link Pending#channel()}, then
     * {@link Pending#commit()}; closing it without committing removes the temporary file.
     *
     * @throws FileSystemException when the target is a folder or a special file
     */
    public static Pending begin(Path target) throws IOException {
        Path real = resolveLinks(target.toAbsolutePath());
        if (Files.isDirectory(real)) {
            throw new FileSystemException(target.toString(), null, "it is a folder");
        }
        if (Files.exists(real, LinkOption.NOFOLLOW_LINKS) && !Files.isRegularFile(real, LinkOption.NOFOLLOW_LINKS)) {
            throw new FileSystemException(target.toString(), null,
                    "it is not a regular file (a device, pipe or socket); it is not replaced");
        }
        Files.createDirectories(real.getParent());
        removeLeftovers(real);
        Path temp = createTemp(real);
        FileChannel channel = null;
        try {
            channel = FileChannel.open(temp, StandardOpenOption.WRITE);
            FileLock lock = channel.tryLock();
            return new Pending(real, temp, channel, lock);
        } catch (IOException | RuntimeException e) {
            WRITING.remove(temp);
            if (channel != null) {
                channel.close();
            }
            Files.deleteIfExists(temp);
            throw e;
        }
    }

    /** Where writing {@code target} really lands: through every symbolic link (relative ones from their folder). */
    static Path resolveLinks(Path target) throws IOException {
        Path p = target;
        for (int hops = 0; Files.isSymbolicLink(p); hops++) {
            if (hops >= MAX_LINKS) {
                throw new FileSystemException(target.toString(), null, "too many levels of symbolic links");
            }
            p = p.toAbsolutePath().getParent().resolve(Files.readSymbolicLink(p)).normalize();
        }
        return p;
    }

    /**
     * Removes temporary files of earlier writes to {@code target} that nobody writes any more (a process killed
     * mid-write leaves one; its lock went with it).
     */
    static void removeLeftovers(Path target) throws IOException {
        String prefix = "." + target.getFileName() + ".";
        try (DirectoryStream<Path> siblings = Files.newDirectoryStream(target.getParent(),
                f -> f.getFileName().toString().startsWith(prefix) && f.getFileName().toString().endsWith(SUFFIX)
                        && f.getFileName().toString().length() > prefix.length() + SUFFIX.length())) {
            for (Path leftover : siblings) {
                if (!WRITING.contains(leftover) && Files.isRegularFile(leftover, LinkOption.NOFOLLOW_LINKS)
                        && !lockedByOther(leftover)) {
                    Files.deleteIfExists(leftover);
                }
            }
        }
    }

    private static boolean lockedByOther(Path file) {
        try (FileChannel c = FileChannel.open(file, StandardOpenOption.WRITE)) {
            FileLock lock = c.tryLock();
            if (lock == null) {
                return true;
            }
            lock.release();
            return false;
        } catch (OverlappingFileLockException e) {
            return true;
        } catch (IOException e) {
            // cannot open it to find out: leave it
            return true;
        }
    }

    /**
     * Creates an empty temporary file beside {@code target} ({@code .NAME.RANDOM.partial}), with the permissions a new
     * file normally gets (not the owner-only ones of {@link Files#createTempFile}), so the finished file can be shared.
     */
    private static Path createTemp(Path target) throws IOException {
        for (int attempt = 0; ; attempt++) {
            Path temp = target.resolveSibling("." + target.getFileName() + "."
                    + Long.toUnsignedString(RANDOM.nextLong(), 36) + SUFFIX);
            try {
                WRITING.add(temp);
                return Files.createFile(temp);
            } catch (FileAlreadyExistsException e) {
                WRITING.remove(temp);
                if (attempt > 100) {
                    throw e;
                }
            }
        }
    }

    /** A write in progress; see {@link #begin}. */
    public static final class Pending implements AutoCloseable {
        private final Path target;
        private final Path temp;
        private final FileChannel channel;
        private final FileLock lock;
        private final OutputStream stream;
        private boolean committed;

        private Pending(Path target, Path temp, FileChannel channel, FileLock lock) {
            this.target = target;
            this.temp = temp;
            this.channel = channel;
            this.lock = lock;
            OutputStream out = Channels.newOutputStream(channel);
            this.stream = new FilterOutputStream(out) {
                @Override
                public void write(byte[] b, int off, int len) throws IOException {
                    out.write(b, off, len);
                }

                @Override
                public void close() throws IOException {
                    // Writers that close their stream when done (Jackson does) must not close the channel before it
                    // is forced to disk.
                    flush();
                }
            };
        }

        /** The temporary file's content; closing it only flushes it. */
        public OutputStream stream() {
            return stream;
        }

        public FileChannel channel() {
            return channel;
        }

        /** Forces what was written to disk and moves it over the target. */
        public void commit() throws IOException {
            stream.flush();
            channel.force(true);
            release();
            try {
                Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
            }
            committed = true;
            WRITING.remove(temp);
        }

        private void release() throws IOException {
            if (channel.isOpen()) {
                if (lock != null && lock.isValid()) {
                    lock.release();
                }
                channel.close();
            }
        }

        /** Removes the temporary file unless {@link #commit()} moved it into place. */
        @Override
        public void close() throws IOException {
            if (committed) {
                return;
            }
            try {
                release();
            } finally {
                Files.deleteIfExists(temp);
                WRITING.remove(temp);
            }
        }
    }
}
