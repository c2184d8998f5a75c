package org.incidentatlas.store;

import java.io.DataInput;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.time.LocalDate;
import java.util.Arrays;

/**
 * One staged incident with its reports as bytes, built in a buffer that is reused from record to record: per column a
 * tag and its value, in the order {@link IncidentWriter#bind} and {@link SourceColumns#bind} give them. Read back with
 * {@link #read} and bound to the live table's insert by {@link #bind}.
 */
final class StagedRecord implements ColumnSink {
    private static final byte NULL = 0;
    private static final byte INT = 1;
    private static final byte DOUBLE = 2;
    private static final byte TEXT = 3;
    private static final byte DAY = 4;
    /** Text holding a lone surrogate, which UTF-8 cannot carry: staged as its UTF-16 code units. */
    private static final byte CHARS = 5;

    private byte[] buf = new byte[4096];
    private int size;

    void clear() {
        size = 0;
    }

    byte[] bytes() {
        return buf;
    }

    int size() {
        return size;
    }

    void putByte(int b) {
        room(1);
        buf[size++] = (byte) b;
    }

    void putInt(int v) {
        room(4);
        buf[size++] = (byte) (v >>> 24);
        buf[size++] = (byte) (v >>> 16);
        buf[size++] = (byte) (v >>> 8);
        buf[size++] = (byte) v;
    }

    private void putLong(long v) {
        putInt((int) (v >>> 32));
        putInt((int) v);
    }

    @Override
    public void setInt(int index, int value) {
        putByte(INT);
        putInt(value);
    }

    @Override
    public void setDouble(int index, double value) {
        putByte(DOUBLE);
        putLong(Double.doubleToRawLongBits(value));
    }

    @Override
    public void setString(int index, String value) {
        if (value == null) {
            putByte(NULL);
            return;
        }
        if (!wellFormed(value)) {
            putByte(CHARS);
            putInt(value.length());
            room(2 * value.length());
            for (int k = 0; k < value.length(); k++) {
                char ch = value.charAt(k);
                buf[size++] = (byte) (ch >>> 8);
                buf[size++] = (byte) ch;
            }
            return;
        }
        putByte(TEXT);
        room(4 + 3 * value.length());
        int lengthAt = size;
        size += 4;
        size = utf8(value, buf, size);
        int n = size - lengthAt - 4;
        buf[lengthAt] = (byte) (n >>> 24);
        buf[lengthAt + 1] = (byte) (n >>> 16);
        buf[lengthAt + 2] = (byte) (n >>> 8);
        buf[lengthAt + 3] = (byte) n;
    }

    /**
     * Writes well-formed text as UTF-8 into {@code out} from {@code at} (which has room for three bytes a char),
     * returning where it ends: the bytes {@code getBytes(UTF_8)} gives, without making them an array of their own
     * first (an import stages some thirty texts a record).
     */
    static int utf8(String t, byte[] out, int at) {
        int p = at;
        int n = t.length();
        for (int k = 0; k < n; k++) {
            char ch = t.charAt(k);
            if (ch < 0x80) {
                out[p++] = (byte) ch;
            } else if (ch < 0x800) {
                out[p++] = (byte) (0xC0 | ch >>> 6);
                out[p++] = (byte) (0x80 | ch & 0x3F);
            } else if (Character.isHighSurrogate(ch)) {
                int cp = Character.toCodePoint(ch, t.charAt(++k));
                out[p++] = (byte) (0xF0 | cp >>> 18);
                out[p++] = (byte) (0x80 | cp >>> 12 & 0x3F);
                out[p++] = (byte) (0x80 | cp >>> 6 & 0x3F);
                out[p++] = (byte) (0x80 | cp & 0x3F);
            } else {
                out[p++] = (byte) (0xE0 | ch >>> 12);
                out[p++] = (byte) (0x80 | ch >>> 6 & 0x3F);
                out[p++] = (byte) (0x80 | ch & 0x3F);
            }
        }
        return p;
    }

    /**
     * Whether every surrogate in {@code t} is half of a pair: UTF-8 writes a lone one as '?', and the live tables keep
     * any text exactly as it was read, so staged text must too.
     */
    static boolean wellFormed(String t) {
        for (int k = 0; k < t.length(); k++) {
            char ch = t.charAt(k);
            if (Character.isSurrogate(ch)) {
                boolean paired = Character.isHighSurrogate(ch) && k + 1 < t.length()
                        && Character.isLowSurrogate(t.charAt(k + 1));
                if (!paired) {
                    return false;
                }
                k++;
            }
        }
        return true;
    }

    @Override
    public void setDay(int index, LocalDate value) {
        if (value == null) {
            putByte(NULL);
            return;
        }
        putByte(DAY);
        putLong(value.toEpochDay());
    }

    @Override
    public void setNull(int index, int sqlType) {
        putByte(NULL);
    }

    private void room(int more) {
        if (size + more > buf.length) {
            buf = Arrays.copyOf(buf, Math.max(buf.length * 2, size + more));
        }
    }

    /** The next value of a staged record: an Integer, Double, String, LocalDate or null. */
    static Object read(DataInput in) throws IOException {
        byte tag = in.readByte();
        switch (tag) {
            case NULL:
                return null;
            case INT:
                return in.readInt();
            case DOUBLE:
                return in.readDouble();
            case TEXT:
                byte[] utf = new byte[in.readInt()];
                in.readFully(utf);
                return new String(utf, StandardCharsets.UTF_8);
            case CHARS:
                char[] chars = new char[in.readInt()];
                for (int k = 0; k < chars.length; k++) {
                    chars[k] = in.readChar();
                }
                return new String(chars);
            case DAY:
                return LocalDate.ofEpochDay(in.readLong());
            default:
                throw new IOException("not a staged value (tag " + tag + ")");
        }
    }

    /** Binds {@code value} (as {@link #read} returns it) to parameter {@code index} of {@code s}. */
    static void bind(PreparedStatement s, int index, Object value) throws SQLException {
        if (value == null) {
            s.setNull(index, Types.NULL);
        } else if (value instanceof Integer i) {
            s.setInt(index, i);
        } else if (value instanceof Double d) {
            s.setDouble(index, d);
        } else if (value instanceof String t) {
            s.setString(index, t);
        } else {
            s.setObject(index, value);
        }
    }

    /** Reads the next {@code values.length} values into {@code values}; returns it. */
    static Object[] read(DataInput in, Object[] values) throws IOException {
        for (int k = 0; k < values.length; k++) {
            values[k] = read(in);
        }
        return values;
    }

    /** Binds {@code values} to parameters {@code from + 1} to {@code from + values.length}. */
    static void bind(PreparedStatement s, int from, Object[] values) throws SQLException {
        for (int k = 0; k < values.length; k++) {
            bind(s, from + 1 + k, values[k]);
        }
    }
}
