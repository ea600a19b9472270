package se.hlt.assessment.csv;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetEncoder;
import java.util.Arrays;

/**
 * The characters outside ASCII that Windows-1252 has a byte for (U+0080-U+00FF and its own, such as the euro sign,
 * the dashes and the curly quotes), and those bytes: taken from the JDK's own encoder once, so that
 * {@link Utf8ToCharsetStream}'s fast path writes exactly what the encoder would.
 */
final class Windows1252 {

    /** The characters, sorted, and the byte of each at the same index. */
    private static final char[] CHARS;
    private static final byte[] BYTES;

    static {
        CharsetEncoder encoder = Charset.forName("windows-1252").newEncoder();
        StringBuilder chars = new StringBuilder();
        // 1252's own characters lie between U+0152 (Œ) and U+2122 (™); Windows1252Test checks the whole BMP
        for (char c = 0x80; c <= 0x2122; c++) {
            if (encoder.canEncode(c)) {
                chars.append(c);
            }
        }
        CHARS = chars.toString().toCharArray();
        BYTES = new byte[CHARS.length];
        for (int i = 0; i < CHARS.length; i++) {
            try {
                ByteBuffer one = encoder.encode(CharBuffer.wrap(CHARS, i, 1));
                BYTES[i] = one.get(0);
            } catch (CharacterCodingException e) {
                throw new IllegalStateException("the JDK's windows-1252 encoder refused a character it can encode", e);
            }
        }
    }

    private Windows1252() {
    }

    /** The byte 1252 writes for {@code c} (not ASCII), or {@code ?} where it has none, as the JDK's encoder does. */
    static byte byteOf(char c) {
        int i = Arrays.binarySearch(CHARS, c);
        return i >= 0 ? BYTES[i] : (byte) '?';
    }
}
