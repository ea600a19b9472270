package se.hlt.assessment.csv;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CharsetEncoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Takes the UTF-8 bytes {@link CsvLineWriter} makes and writes them in another charset (Windows-1252), so that
 * the writer keeps one fast path and a 1252 output costs one more pass over its bytes. A character the charset
 * lacks (a Polish ł in a name, a check mark) becomes {@code ?}, as the JDK's encoders write it; a sequence cut
 * between two writes is carried over to the next.
 */
final class Utf8ToCharsetStream extends FilterOutputStream {

    private final CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
            .onMalformedInput(CodingErrorAction.REPLACE).onUnmappableCharacter(CodingErrorAction.REPLACE);
    private final CharsetEncoder encoder;
    private ByteBuffer pending = ByteBuffer.allocate(1 << 16);
    private final CharBuffer chars = CharBuffer.allocate(1 << 16);
    private final ByteBuffer encoded;

    /** Whether the charset is Windows-1252, whose bytes A0-FF are the characters U+00A0-U+00FF (the fast path). */
    private final boolean windows1252;
    /** The fast path's output, as long as the longest write so far. */
    private byte[] latin = new byte[0];

    Utf8ToCharsetStream(OutputStream out, Charset charset) {
        super(out);
        this.windows1252 = charset.name().equals("windows-1252");
        this.encoder = charset.newEncoder().onMalformedInput(CodingErrorAction.REPLACE)
                .onUnmappableCharacter(CodingErrorAction.REPLACE).replaceWith(new byte[] {'?'});
        this.encoded = ByteBuffer.allocate((int) Math.ceil(chars.capacity() * encoder.maxBytesPerChar()));
    }

    @Override
    public void write(int b) throws IOException {
        write(new byte[] {(byte) b}, 0, 1);
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
        if (windows1252 && pending.position() == 0 && latin(b, off, len)) {
            return;
        }
        int at = off;
        while (at < off + len) {
            int n = Math.min(pending.remaining(), off + len - at);
            pending.put(b, at, n);
            at += n;
            drain(false);
        }
    }

    /**
     * The fast path to Windows-1252: writes {@code len} bytes of {@code b} and returns true when they are whole
     * UTF-8 sequences of one to three bytes, each written as the one byte 1252 has for its character, or {@code ?}
     * where it has none, as the JDK's encoder writes them; else writes nothing and returns false, and the decoder
     * and encoder take the bytes (a sequence cut between two writes, a malformed one, an emoji's four bytes). A third
     * of the time of a 1252 output row went to decoding and encoding it in full (bench/results/csv-constructs.json);
     * with the euro sign, dashes and curly quotes here too, a chunk holding one of them no longer takes that path.
     */
    private boolean latin(byte[] b, int off, int len) throws IOException {
        if (latin.length < len) {
            latin = new byte[len];
        }
        byte[] to = latin;
        int n = 0;
        int end = off + len;
        for (int i = off; i < end; i++) {
            int x = b[i];
            if (x >= 0) {
                to[n++] = (byte) x;
                continue;
            }
            int lead = x & 0xFF;
            int c;
            if (lead >= 0xC2 && lead <= 0xDF && i + 1 < end && continuation(b[i + 1])) {
                c = (lead & 0x1F) << 6 | b[i + 1] & 0x3F;
                i++;
            } else if (lead >= 0xE0 && lead <= 0xEF && i + 2 < end && continuation(b[i + 1])
                    && continuation(b[i + 2])) {
                c = (lead & 0x0F) << 12 | (b[i + 1] & 0x3F) << 6 | b[i + 2] & 0x3F;
                if (c < 0x800 || Character.isSurrogate((char) c)) {
                    return false; // overlong or a lone surrogate: malformed, for the decoder to replace
                }
                i += 2;
            } else {
                return false;
            }
            to[n++] = c >= 0xA0 && c <= 0xFF ? (byte) c : Windows1252.byteOf((char) c);
        }
        out.write(to, 0, n);
        return true;
    }

    private static boolean continuation(byte b) {
        return (b & 0xC0) == 0x80;
    }

    /** Decodes what is pending (all of it when {@code end}, else up to a cut sequence) and writes it out. */
    private void drain(boolean end) throws IOException {
        pending.flip();
        while (true) {
            chars.clear();
            var result = decoder.decode(pending, chars, end);
            chars.flip();
            encoded.clear();
            encoder.encode(chars, encoded, end);
            out.write(encoded.array(), 0, encoded.position());
            if (!result.isOverflow()) {
                break;
            }
        }
        pending.compact();
    }

    @Override
    public void close() throws IOException {
        try {
            drain(true);
            decoder.flush(chars);
            out.flush();
        } finally {
            out.close();
        }
    }
}
