package se.hlt.assessment.io;

/**
 * Reads the small whole numbers of a CSV cell by hand: the batch reads tens of millions of them, and
 * {@link Integer#parseInt} would need a trimmed copy and an exception for every bad cell.
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
     * The whole number in {@code cell}, ignoring surrounding whitespace, with an optional sign; or
     * {@link #BLANK} or {@link #NOT_WHOLE}. Magnitudes of {@value #CLAMP} and more are clamped to it.
     */
    static int parse(String cell) {
        int start = 0;
        int end = cell.length();
        while (start < end && isSpace(cell.charAt(start))) {
            start++;
        }
        while (end > start && isSpace(cell.charAt(end - 1))) {
            end--;
        }
        if (start == end) {
            return BLANK;
        }
        boolean negative = false;
        char first = cell.charAt(start);
        if (first == '-' || first == '+') {
            negative = first == '-';
            start++;
            if (start == end) {
                return NOT_WHOLE;
            }
        }
        int value = 0;
        for (int i = start; i < end; i++) {
            char c = cell.charAt(i);
            if (c < '0' || c > '9') {
                return NOT_WHOLE;
            }
            value = value >= CLAMP / 10 ? CLAMP : value * 10 + (c - '0');
        }
        return negative ? -value : value;
    }

    /** Whether {@code cell} is empty or only whitespace (including the no-break space spreadsheets write). */
    static boolean isBlank(String cell) {
        for (int i = 0; i < cell.length(); i++) {
            if (!isSpace(cell.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    private static boolean isSpace(char c) {
        return c == ' ' || Character.isWhitespace(c) || Character.isSpaceChar(c);
    }
}
