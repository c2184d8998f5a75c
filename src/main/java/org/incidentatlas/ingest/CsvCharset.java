package org.incidentatlas.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Decodes a CSV file's bytes. UTF-8 always; bytes that are not UTF-8 become U+FFFD, which the row mappers refuse with
 * the line and column. When a format allows it (GTD is published in Windows-1252), a file whose first non-ASCII bytes
 * are not UTF-8 is read as Windows-1252 instead: until then both readings agree, because the text was ASCII, so the
 * switch loses nothing. A file that already held valid UTF-8 text (or a byte order mark) stays UTF-8.
 */
final class CsvCharset extends Reader {
    static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    private final InputStream in;
    private final boolean mayBeWindows1252;
    private final ByteBuffer bytes = ByteBuffer.allocate(1 << 16);
    private CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    private boolean sawNonAscii;
    private boolean windows1252;
    private boolean eof;
    private boolean flushed;

    /**
     * @param in               the file's bytes
     * @param mayBeWindows1252 whether text that is not UTF-8 is read as Windows-1252 (else each bad byte is U+FFFD)
     */
    CsvCharset(InputStream in, boolean mayBeWindows1252) {
        this.in = in;
        this.mayBeWindows1252 = mayBeWindows1252;
        bytes.flip();
    }

    /** The encoding the text was read in so far: "UTF-8" or "Windows-1252". */
    String charsetName() {
        return windows1252 ? "Windows-1252" : "UTF-8";
    }

    @Override
    public int read(char[] buffer, int offset, int length) throws IOException {
        if (length == 0) {
            return 0;
        }
        CharBuffer out = CharBuffer.wrap(buffer, offset, length);
        while (out.position() == offset) {
            if (eof && !bytes.hasRemaining()) {
                if (!flushed) {
                    flushed = true;
                    decoder.decode(bytes, out, true);
                    decoder.flush(out);
                    continue;
                }
                return -1;
            }
            int start = out.position();
            CoderResult result = decoder.decode(bytes, out, eof);
            noteNonAscii(buffer, start, out.position());
            if (result.isError()) {
                if (mayBeWindows1252 && !sawNonAscii && !windows1252) {
                    windows1252 = true;
                    decoder = WINDOWS_1252.newDecoder()
                            .onMalformedInput(CodingErrorAction.REPLACE)
                            .onUnmappableCharacter(CodingErrorAction.REPLACE);
                    continue;
                }
                if (!out.hasRemaining()) {
                    break;
                }
                out.put('\uFFFD');
                bytes.position(bytes.position() + result.length());
                sawNonAscii = true;
            } else if (result.isUnderflow() && !eof) {
                refill();
            } else if (result.isOverflow()) {
                break;
            }
        }
        return out.position() - offset;
    }

    private void noteNonAscii(char[] buffer, int from, int to) {
        if (sawNonAscii) {
            return;
        }
        for (int i = from; i < to; i++) {
            if (buffer[i] > 0x7f) {
                sawNonAscii = true;
                return;
            }
        }
    }

    private void refill() throws IOException {
        bytes.compact();
        int n = in.read(bytes.array(), bytes.position(), bytes.remaining());
        if (n < 0) {
            eof = true;
        } else {
            bytes.position(bytes.position() + n);
        }
        bytes.flip();
    }

    @Override
    public void close() {
        // the caller owns the stream
    }
}
