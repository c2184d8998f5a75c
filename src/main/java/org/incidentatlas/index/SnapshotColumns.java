package org.incidentatlas.index;

import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The named columns of an {@link IndexSnapshot}: each is a name, a byte length and the values big-endian, one per
 * incident in index order (or a table of strings). {@code points.*} are the {@link TimeIndex}, {@code codes.*} the
 * {@link FilterCodes}, {@code ids.*} the ids both share. A new field is a new name; readers of older snapshots find it
 * missing and rebuild.
 */
final class SnapshotColumns {
    /** Values written at a time. */
    private static final int CHUNK = 8192;

    private SnapshotColumns() {
    }

    static void write(DataOutputStream out, TimeIndex p, FilterCodes c) throws IOException {
        TimeIndex.Columns pc = p.columns();
        ints(out, "points.start", pc.start());
        ints(out, "points.end", pc.end());
        ints(out, "points.best", pc.best());
        floats(out, "points.x", pc.x());
        floats(out, "points.y", pc.y());
        bytes(out, "points.type", pc.type());
        bytes(out, "points.locationPrecision", pc.precision());
        IdTable ids = p.ids();
        strings(out, "ids.datasets", ids.datasetKeys().toArray(new String[0]));
        bytes(out, "ids.dataset", ids.datasetCodes());
        longs(out, "ids.number", ids.numbers());
        Map<Integer, String> texts = ids.texts();
        int[] at = texts.keySet().stream().mapToInt(Integer::intValue).sorted().toArray();
        String[] values = new String[at.length];
        for (int k = 0; k < at.length; k++) {
            values[k] = texts.get(at[k]);
        }
        ints(out, "ids.textAt", at);
        strings(out, "ids.textValue", values);
        longs(out, "codes.rowId", c.rowId);
        ints(out, "codes.startDay", c.startDay);
        ints(out, "codes.endDay", c.endDay);
        bytes(out, "codes.type", c.type);
        ints(out, "codes.sideA", c.sideA);
        ints(out, "codes.sideB", c.sideB);
        shorts(out, "codes.governorate", c.governorate);
        shorts(out, "codes.district", c.district);
        shorts(out, "codes.subdistrict", c.subdistrict);
        bytes(out, "codes.locationPrecision", c.locationPrecision);
        bytes(out, "codes.datePrecision", c.datePrecision);
        bytes(out, "codes.dataset", c.dataset);
        bytes(out, "codes.category", c.category);
        ints(out, "codes.eventType", c.eventType);
        ints(out, "codes.method", c.method);
        strings(out, "codes.eventTypeNames", c.eventTypeNames);
        ints(out, "codes.deathsLow", c.deathsLow);
        ints(out, "codes.deathsBest", c.deathsBest);
        ints(out, "codes.deathsHigh", c.deathsHigh);
        ints(out, "codes.sources", c.sources);
        doubles(out, "codes.latitude", c.latitude);
        doubles(out, "codes.longitude", c.longitude);
        ints(out, "codes.place", c.place);
        ints(out, "codes.adm1", c.adm1);
        ints(out, "codes.adm2", c.adm2);
        strings(out, "codes.names", c.names);
        strings(out, "codes.actorNames", c.actorNames);
        strings(out, "codes.datasetNames", c.datasetNames);
        int n = c.size();
        int[] lengths = new int[n];
        long total = 0;
        for (int i = 0; i < n; i++) {
            lengths[i] = c.text.length(i);
            total += lengths[i];
        }
        if (total > Integer.MAX_VALUE) {
            throw new IOException("the search text of " + n + " incidents is over 2 GB; no snapshot is written");
        }
        ints(out, "codes.textLength", lengths);
        out.writeUTF("codes.text");
        out.writeInt((int) total);
        for (int i = 0; i < n; i++) {
            c.text.write(i, out);
        }
    }

    static IncidentIndex read(Map<String, ByteBuffer> cols, int n, AdminBoundaries boundaries, boolean withText) {
        Reader r = new Reader(cols, n);
        String[] datasetKeys = r.strings("ids.datasets");
        int[] textAt = r.ints("ids.textAt", -1);
        String[] textValue = r.strings("ids.textValue");
        Map<Integer, String> texts = new HashMap<>();
        for (int k = 0; k < textAt.length; k++) {
            texts.put(textAt[k], textValue[k]);
        }
        IdTable ids = new IdTable(List.of(datasetKeys), r.bytes("ids.dataset"), r.longs("ids.number"), texts);
        TimeIndex points = new TimeIndex(new TimeIndex.Columns(r.ints("points.start", n), r.ints("points.end", n),
                r.floats("points.x"), r.floats("points.y"), r.ints("points.best", n), r.bytes("points.type"),
                r.bytes("points.locationPrecision")), ids);
        FilterColumns c = new FilterColumns();
        c.rowId = r.longs("codes.rowId");
        c.startDay = r.ints("codes.startDay", n);
        c.endDay = r.ints("codes.endDay", n);
        c.type = r.bytes("codes.type");
        c.sideA = r.ints("codes.sideA", n);
        c.sideB = r.ints("codes.sideB", n);
        c.governorate = r.shorts("codes.governorate");
        c.district = r.shorts("codes.district");
        c.subdistrict = r.shorts("codes.subdistrict");
        c.locationPrecision = r.bytes("codes.locationPrecision");
        c.datePrecision = r.bytes("codes.datePrecision");
        c.dataset = r.bytes("codes.dataset");
        c.category = r.bytes("codes.category");
        c.eventType = r.ints("codes.eventType", n);
        c.method = r.ints("codes.method", n);
        c.eventTypeNames = r.strings("codes.eventTypeNames");
        c.deathsLow = r.ints("codes.deathsLow", n);
        c.deathsBest = r.ints("codes.deathsBest", n);
        c.deathsHigh = r.ints("codes.deathsHigh", n);
        c.sources = r.ints("codes.sources", n);
        c.latitude = r.doubles("codes.latitude");
        c.longitude = r.doubles("codes.longitude");
        c.place = r.ints("codes.place", n);
        c.adm1 = r.ints("codes.adm1", n);
        c.adm2 = r.ints("codes.adm2", n);
        c.names = r.strings("codes.names");
        c.actorNames = r.strings("codes.actorNames");
        c.datasetNames = r.strings("codes.datasetNames");
        int[] lengths = r.ints("codes.textLength", n);
        c.text = withText ? TextColumn.read(r.column("codes.text"), lengths) : null;
        c.ids = ids;
        return new IncidentIndex(points, new FilterCodes(c, boundaries, points));
    }

    private static void header(DataOutputStream out, String name, long bytes) throws IOException {
        if (bytes > Integer.MAX_VALUE) {
            throw new IOException("column " + name + " is over 2 GB");
        }
        out.writeUTF(name);
        out.writeInt((int) bytes);
    }

    /** Puts values {@code from} to {@code from + count} of an array into a buffer. */
    @FunctionalInterface
    private interface Chunk {
        void put(ByteBuffer buffer, int from, int count);
    }

    /** A column of {@code length} values {@code width} bytes wide, written a chunk of {@link #CHUNK} at a time. */
    private static void column(DataOutputStream out, String name, int width, int length, Chunk chunk)
            throws IOException {
        header(out, name, (long) width * length);
        ByteBuffer b = ByteBuffer.allocate(width * CHUNK);
        for (int i = 0; i < length; i += CHUNK) {
            int k = Math.min(CHUNK, length - i);
            b.clear();
            chunk.put(b, i, k);
            out.write(b.array(), 0, width * k);
        }
    }

    private static void ints(DataOutputStream out, String name, int[] a) throws IOException {
        column(out, name, 4, a.length, (b, i, k) -> b.asIntBuffer().put(a, i, k));
    }

    private static void longs(DataOutputStream out, String name, long[] a) throws IOException {
        column(out, name, 8, a.length, (b, i, k) -> b.asLongBuffer().put(a, i, k));
    }

    private static void floats(DataOutputStream out, String name, float[] a) throws IOException {
        column(out, name, 4, a.length, (b, i, k) -> b.asFloatBuffer().put(a, i, k));
    }

    private static void doubles(DataOutputStream out, String name, double[] a) throws IOException {
        column(out, name, 8, a.length, (b, i, k) -> b.asDoubleBuffer().put(a, i, k));
    }

    private static void shorts(DataOutputStream out, String name, short[] a) throws IOException {
        column(out, name, 2, a.length, (b, i, k) -> b.asShortBuffer().put(a, i, k));
    }

    private static void bytes(DataOutputStream out, String name, byte[] a) throws IOException {
        header(out, name, a.length);
        out.write(a);
    }

    /** A count, then each string as a length (-1 for none) and its UTF-8 bytes. */
    private static void strings(DataOutputStream out, String name, String[] a) throws IOException {
        List<byte[]> encoded = new ArrayList<>(a.length);
        long total = 4;
        for (String s : a) {
            byte[] e = s == null ? null : s.getBytes(StandardCharsets.UTF_8);
            encoded.add(e);
            total += 4 + (e == null ? 0 : e.length);
        }
        header(out, name, total);
        out.writeInt(a.length);
        for (byte[] e : encoded) {
            out.writeInt(e == null ? -1 : e.length);
            if (e != null) {
                out.write(e);
            }
        }
    }

    /** A modified-UTF-8 string as {@link DataOutputStream#writeUTF} writes it. */
    static String utf(ByteBuffer in) {
        int length = Short.toUnsignedInt(in.getShort());
        byte[] b = new byte[length];
        in.get(b);
        try {
            return new java.io.DataInputStream(new java.io.ByteArrayInputStream(prefixed(b))).readUTF();
        } catch (IOException e) {
            throw new IllegalArgumentException("a name that is not text", e);
        }
    }

    private static byte[] prefixed(byte[] b) {
        byte[] out = new byte[b.length + 2];
        out[0] = (byte) (b.length >>> 8);
        out[1] = (byte) b.length;
        System.arraycopy(b, 0, out, 2, b.length);
        return out;
    }

    /** Takes columns by name, checking each has one value per incident. */
    private static final class Reader {
        private final Map<String, ByteBuffer> cols;
        private final int n;

        Reader(Map<String, ByteBuffer> cols, int n) {
            this.cols = cols;
            this.n = n;
        }

        ByteBuffer column(String name) {
            ByteBuffer b = cols.get(name);
            if (b == null) {
                throw new IllegalArgumentException("no column " + name);
            }
            return b.duplicate();
        }

        private ByteBuffer sized(String name, int width, int count) {
            ByteBuffer b = column(name);
            if (count >= 0 && b.remaining() != (long) width * count || b.remaining() % width != 0) {
                throw new IllegalArgumentException("column " + name + " has " + b.remaining() + " bytes");
            }
            return b;
        }

        int[] ints(String name, int count) {
            ByteBuffer b = sized(name, 4, count);
            int[] a = new int[b.remaining() / 4];
            b.asIntBuffer().get(a);
            return a;
        }

        long[] longs(String name) {
            long[] a = new long[n];
            sized(name, 8, n).asLongBuffer().get(a);
            return a;
        }

        float[] floats(String name) {
            float[] a = new float[n];
            sized(name, 4, n).asFloatBuffer().get(a);
            return a;
        }

        double[] doubles(String name) {
            double[] a = new double[n];
            sized(name, 8, n).asDoubleBuffer().get(a);
            return a;
        }

        short[] shorts(String name) {
            short[] a = new short[n];
            sized(name, 2, n).asShortBuffer().get(a);
            return a;
        }

        byte[] bytes(String name) {
            byte[] a = new byte[n];
            sized(name, 1, n).get(a);
            return a;
        }

        String[] strings(String name) {
            ByteBuffer b = column(name);
            String[] a = new String[b.getInt()];
            for (int k = 0; k < a.length; k++) {
                int length = b.getInt();
                if (length >= 0) {
                    byte[] e = new byte[length];
                    b.get(e);
                    a[k] = new String(e, StandardCharsets.UTF_8);
                }
            }
            return a;
        }
    }
}
