package se.hlt.assessment.io;

import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;

/**
 * Writes text to a stream as UTF-8, encoded by one plain loop into a reused byte buffer.
 *
 * <p>Why not {@link java.io.OutputStreamWriter}: its encoder takes every character after the first non-ASCII
 * one in a buffer (an å in an area name, on almost every line of a Swedish file) through a slow general path,
 * which made encoding the largest single cost of writing a million pairs; {@code String.getBytes} was no better
 * under the launcher's first-tier compiler, which does not have its intrinsics. The output is byte for byte the
 * JDK encoder's (a property test compares them): an unpaired surrogate becomes {@code ?}, and a surrogate pair
 * split between two writes is kept together.
 */
final class Utf8Writer extends Writer {

    private static final int NONE = -1;

    private final OutputStream out;
    private byte[] bytes = new byte[1 << 16];
    /** A high surrogate that ended the last write, waiting for its partner, or {@link #NONE}. */
    private int pendingHigh = NONE;

    Utf8Writer(OutputStream out) {
        this.out = out;
    }

    @Override
    public void write(char[] source, int offset, int length) throws IOException {
        int end = offset + length;
        // at most three bytes per character, and a waiting surrogate pair's four
        if (bytes.length < 3 * length + 4) {
            bytes = new byte[3 * length + 4];
        }
        byte[] b = bytes;
        int p = 0;
        int i = offset;
        if (pendingHigh != NONE && length > 0) {
            char high = (char) pendingHigh;
            pendingHigh = NONE;
            if (Character.isLowSurrogate(source[i])) {
                p = codePoint(b, p, Character.toCodePoint(high, source[i]));
                i++;
            } else {
                b[p++] = '?';
            }
        }
        for (; i < end; i++) {
            char c = source[i];
            if (c < 0x80) {
                b[p++] = (byte) c;
            } else if (c < 0x800) {
                b[p++] = (byte) (0xC0 | c >> 6);
                b[p++] = (byte) (0x80 | c & 0x3F);
            } else if (!Character.isSurrogate(c)) {
                b[p++] = (byte) (0xE0 | c >> 12);
                b[p++] = (byte) (0x80 | c >> 6 & 0x3F);
                b[p++] = (byte) (0x80 | c & 0x3F);
            } else if (Character.isHighSurrogate(c) && i + 1 == end) {
                pendingHigh = c;
            } else if (Character.isHighSurrogate(c) && Character.isLowSurrogate(source[i + 1])) {
                p = codePoint(b, p, Character.toCodePoint(c, source[++i]));
            } else {
                b[p++] = '?';
            }
        }
        out.write(b, 0, p);
    }

    /** Writes a code point beyond the Basic Multilingual Plane: four bytes. */
    private static int codePoint(byte[] b, int p, int codePoint) {
        b[p] = (byte) (0xF0 | codePoint >> 18);
        b[p + 1] = (byte) (0x80 | codePoint >> 12 & 0x3F);
        b[p + 2] = (byte) (0x80 | codePoint >> 6 & 0x3F);
        b[p + 3] = (byte) (0x80 | codePoint & 0x3F);
        return p + 4;
    }

    @Override
    public void flush() throws IOException {
        out.flush();
    }

    /** Writes a surrogate still waiting for its partner as {@code ?}, then closes the stream. */
    @Override
    public void close() throws IOException {
        try {
            if (pendingHigh != NONE) {
                pendingHigh = NONE;
                out.write('?');
            }
        } finally {
            out.close();
        }
    }
}
