package org.incidentatlas.index;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The folded search text of every incident as UTF-8 bytes in a few large chunks, with no object per incident. A
 * word is found by a byte search: UTF-8 never matches in the middle of a character, so it agrees with
 * {@link String#contains} on the folded strings.
 */
final class TextColumn {
    /** Chunk size; a text longer than this gets a chunk of its own. */
    static final int CHUNK = 1 << 24;

    private final byte[][] chunks;
    /** Per incident: chunk number in the high 32 bits, offset in the low 32. */
    private final long[] at;
    private final int[] length;

    private TextColumn(byte[][] chunks, long[] at, int[] length) {
        this.chunks = chunks;
        this.at = at;
        this.length = length;
    }

    int size() {
        return length.length;
    }

    int length(int i) {
        return length[i];
    }

    String text(int i) {
        return new String(chunks[(int) (at[i] >>> 32)], (int) at[i], length[i], StandardCharsets.UTF_8);
    }

    /** Writes incident i's bytes to {@code out}. */
    void write(int i, java.io.OutputStream out) throws java.io.IOException {
        out.write(chunks[(int) (at[i] >>> 32)], (int) at[i], length[i]);
    }

    /** Texts of the given lengths stored one after another in {@code bytes} (read in one sweep, in chunks). */
    static TextColumn read(java.nio.ByteBuffer bytes, int[] lengths) {
        List<byte[]> chunks = new ArrayList<>();
        long[] at = new long[lengths.length];
        int i = 0;
        while (i < lengths.length) {
            int first = i;
            long total = 0;
            while (i < lengths.length && (total + lengths[i] <= CHUNK || i == first)) {
                if (lengths[i] < 0) {
                    throw new IllegalArgumentException("negative text length at " + i);
                }
                total += lengths[i];
                i++;
            }
            byte[] chunk = new byte[(int) total];
            bytes.get(chunk);
            int offset = 0;
            for (int k = first; k < i; k++) {
                at[k] = (long) chunks.size() << 32 | offset;
                offset += lengths[k];
            }
            chunks.add(chunk);
        }
        return new TextColumn(chunks.toArray(new byte[0][]), at, lengths.clone());
    }

    /** Whether every one of the folded words (as UTF-8) occurs in incident i's text. */
    boolean containsAll(int i, byte[][] words) {
        byte[] c = chunks[(int) (at[i] >>> 32)];
        int from = (int) at[i];
        int to = from + length[i];
        for (byte[] w : words) {
            if (!contains(c, from, to, w)) {
                return false;
            }
        }
        return true;
    }

    private static boolean contains(byte[] c, int from, int to, byte[] w) {
        int last = to - w.length;
        byte first = w[0];
        for (int p = from; p <= last; p++) {
            if (c[p] != first) {
                continue;
            }
            int k = 1;
            while (k < w.length && c[p + k] == w[k]) {
                k++;
            }
            if (k == w.length) {
                return true;
            }
        }
        return false;
    }

    static byte[][] utf8(String[] words) {
        byte[][] out = new byte[words.length][];
        for (int k = 0; k < words.length; k++) {
            out[k] = words[k].getBytes(StandardCharsets.UTF_8);
        }
        return out;
    }

    /** The same texts in another order: position i of the result is position {@code order[i]} here. */
    TextColumn permute(int[] order) {
        long[] a = new long[order.length];
        int[] l = new int[order.length];
        for (int i = 0; i < order.length; i++) {
            a[i] = at[order[i]];
            l[i] = length[order[i]];
        }
        return new TextColumn(chunks, a, l);
    }

    /** Collects texts in order, into chunks. */
    static final class Builder {
        private final List<byte[]> chunks = new ArrayList<>();
        private byte[] current = new byte[1 << 16];
        private int used;
        private long[] at = new long[16];
        private int[] length = new int[16];
        private int size;

        void add(byte[] text) {
            add(text, 0, text.length);
        }

        void add(byte[] text, int offset, int count) {
            if (size == length.length) {
                at = Arrays.copyOf(at, size * 2);
                length = Arrays.copyOf(length, size * 2);
            }
            if (used + count > current.length) {
                if (current.length < CHUNK && used + count <= CHUNK) {
                    current = Arrays.copyOf(current, Math.min(CHUNK, Math.max(current.length * 2, used + count)));
                } else {
                    chunks.add(Arrays.copyOf(current, used));
                    current = new byte[Math.max(count, Math.min(CHUNK, current.length))];
                    used = 0;
                }
            }
            System.arraycopy(text, offset, current, used, count);
            at[size] = (long) chunks.size() << 32 | used;
            length[size] = count;
            used += count;
            size++;
        }

        TextColumn build() {
            List<byte[]> all = new ArrayList<>(chunks);
            all.add(Arrays.copyOf(current, used));
            return new TextColumn(all.toArray(new byte[0][]), Arrays.copyOf(at, size), Arrays.copyOf(length, size));
        }
    }
}
