package se.hlt.assessment.csv;

/**
 * Encodes one UTF-16 character (or a surrogate pair) as UTF-8 into a byte array, as the JDK's encoder does: an
 * unpaired surrogate becomes {@code ?}. Kept apart from {@link CsvLineWriter}, which says why it encodes by hand,
 * so that the writer holds only the CSV rules; the methods are static and small, for the JIT to inline into its
 * loops.
 */
final class Utf8Encoding {

    private Utf8Encoding() {
    }

    /** Whether the character at {@code i} and the next, before {@code end}, are a surrogate pair (one code point). */
    static boolean isPair(char[] source, int i, int end) {
        return Character.isHighSurrogate(source[i]) && i + 1 < end && Character.isLowSurrogate(source[i + 1]);
    }

    /**
     * Encodes the character at {@code i} (with the next, if the two are a {@linkplain #isPair pair}, which the
     * caller then skips) into {@code b} at {@code p}, which has room for four bytes; returns the position after it.
     */
    static int encode(char[] source, int i, int end, byte[] b, int p) {
        char c = source[i];
        if (c < 0x80) {
            b[p] = (byte) c;
            return p + 1;
        }
        if (c < 0x800) {
            b[p] = (byte) (0xC0 | c >> 6);
            b[p + 1] = (byte) (0x80 | c & 0x3F);
            return p + 2;
        }
        if (!Character.isSurrogate(c)) {
            b[p] = (byte) (0xE0 | c >> 12);
            b[p + 1] = (byte) (0x80 | c >> 6 & 0x3F);
            b[p + 2] = (byte) (0x80 | c & 0x3F);
            return p + 3;
        }
        if (isPair(source, i, end)) {
            int codePoint = Character.toCodePoint(c, source[i + 1]);
            b[p] = (byte) (0xF0 | codePoint >> 18);
            b[p + 1] = (byte) (0x80 | codePoint >> 12 & 0x3F);
            b[p + 2] = (byte) (0x80 | codePoint >> 6 & 0x3F);
            b[p + 3] = (byte) (0x80 | codePoint & 0x3F);
            return p + 4;
        }
        b[p] = '?';
        return p + 1;
    }
}
