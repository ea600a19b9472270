package se.hlt.assessment.io;

import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;

/**
 * Encodes text as UTF-8 onto a stream, in one pass over each chunk with a fast path for ASCII.
 *
 * <p>Why not {@link java.io.OutputStreamWriter}: the JDK's UTF-8 encoder leaves its fast ASCII loop at the first
 * character that is not ASCII and encodes the rest of the chunk character by character in a slow loop. A file
 * with an {@code å} or a {@code ±} on every line (Swedish place names, the Added Value Score caveat) is then
 * encoded slowly throughout: that was a sixth of a pairing run's time. Here each character is decided on its
 * own. A surrogate pair split across two writes is joined; a lone surrogate, which no valid input yields,
 * becomes {@code ?} as the JDK's encoder writes it.
 */
final class Utf8Writer extends Writer {

    private final OutputStream out;
    private final byte[] bytes = new byte[1 << 16];
    private int used;
    /** A high surrogate that ended the previous write, waiting for its low half; 0 when none. */
    private char pendingHigh;

    Utf8Writer(OutputStream out) {
        this.out = out;
    }

    @Override
    public void write(char[] chars, int offset, int length) throws IOException {
        byte[] b = bytes;
        int p = used;
        int end = offset + length;
        for (int i = offset; i < end; i++) {
            if (p > b.length - 4) {
                used = p;
                flushBytes();
                p = 0;
            }
            char c = chars[i];
            if (pendingHigh != 0) {
                p = pair(pendingHigh, c, b, p);
                pendingHigh = 0;
                if (!Character.isLowSurrogate(c)) {
                    i--; // c was not the low half: encode it on its own
                }
                continue;
            }
            if (c < 0x80) {
                b[p++] = (byte) c;
            } else if (c < 0x800) {
                b[p++] = (byte) (0xC0 | (c >> 6));
                b[p++] = (byte) (0x80 | (c & 0x3F));
            } else if (Character.isHighSurrogate(c)) {
                if (i + 1 == end) {
                    pendingHigh = c;
                } else {
                    p = pair(c, chars[i + 1], b, p);
                    if (Character.isLowSurrogate(chars[i + 1])) {
                        i++;
                    }
                }
            } else if (Character.isLowSurrogate(c)) {
                b[p++] = '?';
            } else {
                b[p++] = (byte) (0xE0 | (c >> 12));
                b[p++] = (byte) (0x80 | ((c >> 6) & 0x3F));
                b[p++] = (byte) (0x80 | (c & 0x3F));
            }
        }
        used = p;
    }

    /** Encodes {@code high} with {@code low} as four bytes, or {@code high} as {@code ?} if {@code low} is not one. */
    private static int pair(char high, char low, byte[] b, int p) {
        if (!Character.isLowSurrogate(low)) {
            b[p] = '?';
            return p + 1;
        }
        int code = Character.toCodePoint(high, low);
        b[p] = (byte) (0xF0 | (code >> 18));
        b[p + 1] = (byte) (0x80 | ((code >> 12) & 0x3F));
        b[p + 2] = (byte) (0x80 | ((code >> 6) & 0x3F));
        b[p + 3] = (byte) (0x80 | (code & 0x3F));
        return p + 4;
    }

    private void flushBytes() throws IOException {
        out.write(bytes, 0, used);
        used = 0;
    }

    @Override
    public void flush() throws IOException {
        flushBytes();
        out.flush();
    }

    /** Writes what is buffered (a high surrogate left alone as {@code ?}) and closes the stream. */
    @Override
    public void close() throws IOException {
        try {
            if (pendingHigh != 0) {
                bytes[used++] = '?';
                pendingHigh = 0;
            }
            flushBytes();
        } finally {
            out.close();
        }
    }
}
