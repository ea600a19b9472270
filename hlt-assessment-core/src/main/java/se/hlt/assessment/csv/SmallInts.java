package se.hlt.assessment.csv;

/**
 * Reads the small whole numbers of CSV cells by hand, straight from the row's character buffer: the batch reads
 * tens of millions of them, and {@link Integer#parseInt} would need a trimmed string and an exception for every
 * bad cell.
 */
final class SmallInts {

    /** The cell is empty or only whitespace. */
    static final int BLANK = Integer.MIN_VALUE;
    /** The cell holds something other than a whole number, e.g. {@code x} or {@code 1.5}. */
    static final int NOT_WHOLE = Integer.MIN_VALUE + 1;
    /** Larger magnitudes are clamped here: such a number is whole but never an allowed value. */
    private static final int CLAMP = 100_000_000;

    private SmallInts() {
    }

    /**
     * The whole number in {@code length} characters of {@code chars} from {@code offset}, ignoring surrounding
     * whitespace, with an optional sign; or {@link #BLANK} or {@link #NOT_WHOLE}. Magnitudes of
     * {@value #CLAMP} and more are clamped to it.
     */
    static int scan(char[] chars, int offset, int length) {
        if (length == 1) { // the usual cell: one digit
            char c = chars[offset];
            if (c >= '0' && c <= '9') {
                return c - '0';
            }
        }
        int start = offset;
        int end = offset + length;
        while (start < end && isSpace(chars[start])) {
            start++;
        }
        while (end > start && isSpace(chars[end - 1])) {
            end--;
        }
        if (start == end) {
            return BLANK;
        }
        boolean negative = false;
        char first = chars[start];
        if (first == '-' || first == '+') {
            negative = first == '-';
            start++;
            if (start == end) {
                return NOT_WHOLE;
            }
        }
        int value = 0;
        for (int i = start; i < end; i++) {
            char c = chars[i];
            if (c < '0' || c > '9') {
                return NOT_WHOLE;
            }
            value = value >= CLAMP / 10 ? CLAMP : value * 10 + (c - '0');
        }
        return negative ? -value : value;
    }

    /** Whether the characters are none or only whitespace (including the no-break space spreadsheets write). */
    static boolean isBlank(char[] chars, int offset, int length) {
        for (int i = offset; i < offset + length; i++) {
            if (!isSpace(chars[i])) {
                return false;
            }
        }
        return true;
    }

    /** Whitespace, Unicode spaces included; printable ASCII is decided by one comparison. */
    private static boolean isSpace(char c) {
        if (c == ' ') {
            return true;
        }
        if (c < ' ') {
            return Character.isWhitespace(c);
        }
        return c >= '\u0080' && (Character.isWhitespace(c) || Character.isSpaceChar(c));
    }
}
