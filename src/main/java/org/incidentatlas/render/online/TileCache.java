package org.incidentatlas.render.online;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Properties;
import java.util.stream.Stream;

/**
 * Tiles kept on disk between runs: {@code z/x/y.tile} holds the image bytes, {@code z/x/y.meta} when it expires and
 * the validators (ETag, Last-Modified) for asking the server whether it changed. The folder is held under a size cap;
 * the least recently written tiles are removed first.
 */
final class TileCache {
    /** One cached tile. */
    record Entry(byte[] bytes, long expiresMillis, String etag, String lastModified) {
        boolean freshAt(long nowMillis) {
            return nowMillis < expiresMillis;
        }
    }

    private final Path folder;
    private final long capBytes;
    private long size = -1;

    TileCache(Path folder, long capBytes) {
        this.folder = folder;
        this.capBytes = capBytes;
    }

    private Path base(int zoom, long x, long y) {
        return folder.resolve(Integer.toString(zoom)).resolve(Long.toString(x)).resolve(Long.toString(y));
    }

    /** The cached tile, or null when there is none (or it cannot be read). */
    Entry get(int zoom, long x, long y) {
        Path base = base(zoom, x, y);
        Path data = base.resolveSibling(base.getFileName() + ".tile");
        Path meta = base.resolveSibling(base.getFileName() + ".meta");
        if (!Files.isRegularFile(data) || !Files.isRegularFile(meta)) {
            return null;
        }
        try (InputStream in = Files.newInputStream(meta)) {
            Properties p = new Properties();
            p.load(in);
            return new Entry(Files.readAllBytes(data), Long.parseLong(p.getProperty("expires", "0")),
                    p.getProperty("etag"), p.getProperty("lastModified"));
        } catch (IOException | NumberFormatException e) {
            return null;
        }
    }

    /** Stores a tile (written to a temporary file first, so a crash never leaves half a tile). */
    synchronized void put(int zoom, long x, long y, Entry entry) throws IOException {
        Path base = base(zoom, x, y);
        Files.createDirectories(base.getParent());
        Path data = base.resolveSibling(base.getFileName() + ".tile");
        Path meta = base.resolveSibling(base.getFileName() + ".meta");
        long held = size();
        long before = Files.isRegularFile(data) ? Files.size(data) : 0;
        write(data, entry.bytes());
        Properties p = new Properties();
        p.setProperty("expires", Long.toString(entry.expiresMillis()));
        if (entry.etag() != null) {
            p.setProperty("etag", entry.etag());
        }
        if (entry.lastModified() != null) {
            p.setProperty("lastModified", entry.lastModified());
        }
        Path tmp = Files.createTempFile(base.getParent(), "meta", ".tmp");
        try (OutputStream out = Files.newOutputStream(tmp)) {
            p.store(out, null);
        }
        Files.move(tmp, meta, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        size = held - before + entry.bytes().length;
        if (size > capBytes) {
            trim();
        }
    }

    /** Only the expiry and validators change (the server answered 304 Not Modified). */
    void refresh(int zoom, long x, long y, Entry entry) throws IOException {
        put(zoom, x, y, entry);
    }

    private static void write(Path target, byte[] bytes) throws IOException {
        Path tmp = Files.createTempFile(target.getParent(), "tile", ".tmp");
        Files.write(tmp, bytes);
        Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    /** Bytes of tile images held now. */
    synchronized long size() throws IOException {
        if (size < 0) {
            size = tiles().stream().mapToLong(TileCache::sizeOf).sum();
        }
        return size;
    }

    /** Removes the oldest tiles until the cache holds at most 90 % of its cap. */
    private void trim() throws IOException {
        List<Path> oldestFirst = tiles();
        oldestFirst.sort(Comparator.comparingLong(TileCache::modified));
        for (Path tile : oldestFirst) {
            if (size <= capBytes * 9 / 10) {
                break;
            }
            size -= sizeOf(tile);
            Files.deleteIfExists(tile);
            String name = tile.getFileName().toString();
            Files.deleteIfExists(tile.resolveSibling(name.substring(0, name.length() - ".tile".length()) + ".meta"));
        }
    }

    private List<Path> tiles() throws IOException {
        if (!Files.isDirectory(folder)) {
            return new ArrayList<>();
        }
        try (Stream<Path> files = Files.walk(folder)) {
            return new ArrayList<>(files.filter(f -> f.getFileName().toString().endsWith(".tile")).toList());
        }
    }

    private static long sizeOf(Path p) {
        try {
            return Files.size(p);
        } catch (IOException e) {
            return 0;
        }
    }

    private static long modified(Path p) {
        try {
            return Files.getLastModifiedTime(p).toMillis();
        } catch (IOException e) {
            return 0;
        }
    }
}
