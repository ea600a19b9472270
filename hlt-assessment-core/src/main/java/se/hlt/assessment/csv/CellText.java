package se.hlt.assessment.csv;

/**
 * The long format's way of reading a cell as text, on the row's view of it and without making a string: only
 * the plain space counts as blank or is stripped, and names are compared ignoring case. The sessions reader tests
 * every row's client cell, and {@link RowParser} its codes (instrument, rater), this way; the wide SDQ format
 * reads whitespace more widely ({@link SmallInts#isBlank}).
 */
final class CellText {

    private CellText() {
    }

    /** Whether the cell is empty or only spaces. */
    static boolean isBlank(CharSequence cell) {
        for (int i = 0; i < cell.length(); i++) {
            if (cell.charAt(i) != ' ') {
                return false;
            }
        }
        return true;
    }

    /** The cell without surrounding spaces: the cell itself when it has none. */
    static CharSequence stripped(CharSequence cell) {
        int start = 0;
        int end = cell.length();
        while (start < end && cell.charAt(start) == ' ') {
            start++;
        }
        while (end > start && cell.charAt(end - 1) == ' ') {
            end--;
        }
        return start == 0 && end == cell.length() ? cell : cell.subSequence(start, end);
    }

    /** Whether {@code text} is the lower-case {@code lower} in any case; the caller has checked they are as long. */
    static boolean equalsIgnoreCase(String lower, CharSequence text) {
        for (int i = 0; i < lower.length(); i++) {
            if (Character.toLowerCase(text.charAt(i)) != lower.charAt(i)) {
                return false;
            }
        }
        return true;
    }
}
