package se.hlt.assessment.csv;

import java.util.Optional;

/**
 * Tells the encoding of a file from bytes of it: UTF-8 when they are valid UTF-8, Windows-1252 when they are not
 * but could be a spreadsheet's text in 1252, neither otherwise (UTF-16, a binary file, bytes 1252 leaves
 * undefined). Valid UTF-8 is never taken for 1252: a 1252 text with letters beyond ASCII is valid UTF-8 only in
 * contrived cases (an Ã followed by a symbol), while every UTF-8 text is valid UTF-8.
 */
final class EncodingSniffer {

    /** What the bytes say. */
    enum Verdict {
        /** Only ASCII so far: both encodings read them alike, later bytes decide. */
        ASCII,
        UTF_8,
        WINDOWS_1252,
        /** Neither encoding: the file is refused. */
        NEITHER
    }

    private EncodingSniffer() {
    }

    /**
     * The verdict on {@code length} bytes of {@code bytes}; when {@code more}, the file goes on after them, so a
     * UTF-8 sequence cut at the end is not held against it.
     */
    static Verdict of(byte[] bytes, int length, boolean more) {
        if (length >= 2 && ((bytes[0] & 0xFF) == 0xFF && (bytes[1] & 0xFF) == 0xFE
                || (bytes[0] & 0xFF) == 0xFE && (bytes[1] & 0xFF) == 0xFF)) {
            return Verdict.NEITHER; // a UTF-16 byte order mark, which 1252 would read as letters
        }
        boolean ascii = true;
        boolean utf8 = true;
        boolean cp1252 = true;
        int nuls = 0;
        for (int i = 0; i < length; i++) {
            int b = bytes[i] & 0xFF;
            if (b < 0x80) {
                nuls += b == 0 ? 1 : 0;
                continue;
            }
            ascii = false;
            if (b == 0x81 || b == 0x8D || b == 0x8F || b == 0x90 || b == 0x9D) {
                cp1252 = false; // undefined in Windows-1252
            }
            if (utf8) {
                int n = sequenceLength(bytes, i, length, more);
                if (n < 0) {
                    utf8 = false;
                } else {
                    i += n - 1;
                }
            }
        }
        // UTF-16 writes a NUL beside every ASCII letter; a stray NUL in a cell is the CSV reader's to judge
        if (nuls > length / 8) {
            return Verdict.NEITHER;
        }
        if (ascii) {
            return Verdict.ASCII;
        }
        if (utf8) {
            return Verdict.UTF_8;
        }
        return cp1252 ? Verdict.WINDOWS_1252 : Verdict.NEITHER;
    }

    /**
     * The length of the UTF-8 sequence at {@code i} (a lead byte of 0x80 or more), or -1 when it is not one: a
     * stray continuation byte, an overlong form, a surrogate, beyond U+10FFFF, or cut short inside the bytes.
     */
    static int sequenceLength(byte[] bytes, int i, int length, boolean more) {
        int b = bytes[i] & 0xFF;
        int n;
        int min;
        if (b >= 0xC2 && b <= 0xDF) {
            n = 2;
            min = 0x80;
        } else if (b >= 0xE0 && b <= 0xEF) {
            n = 3;
            min = 0x800;
        } else if (b >= 0xF0 && b <= 0xF4) {
            n = 4;
            min = 0x10000;
        } else {
            return -1;
        }
        int codePoint = b & (0x3F >> (n - 1));
        for (int k = 1; k < n; k++) {
            if (i + k >= length) {
                return more ? n : -1;
            }
            int c = bytes[i + k] & 0xFF;
            if ((c & 0xC0) != 0x80) {
                return -1;
            }
            codePoint = codePoint << 6 | c & 0x3F;
        }
        boolean surrogate = codePoint >= 0xD800 && codePoint <= 0xDFFF;
        return codePoint < min || codePoint > 0x10FFFF || surrogate ? -1 : n;
    }

    /** The encoding a verdict reads the file in, when it reads it at all (ASCII is read as UTF-8). */
    static Optional<TextEncoding> encoding(Verdict verdict) {
        switch (verdict) {
            case WINDOWS_1252: return Optional.of(TextEncoding.WINDOWS_1252);
            case NEITHER: return Optional.empty();
            default: return Optional.of(TextEncoding.UTF_8);
        }
    }
}
