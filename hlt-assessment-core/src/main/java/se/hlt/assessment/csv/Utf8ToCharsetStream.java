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

    Utf8ToCharsetStream(OutputStream out, Charset charset) {
        super(out);
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
        int at = off;
        while (at < off + len) {
            int n = Math.min(pending.remaining(), off + len - at);
            pending.put(b, at, n);
            at += n;
            drain(false);
        }
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
