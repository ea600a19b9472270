package se.hlt.assessment.csv;

import java.time.LocalDate;

/**
 * Reads a calendar date written as ISO 8601 does, {@code 2025-03-14}, straight from a row's character buffer, as
 * a day number ({@link LocalDate#toEpochDay()}): pairing reads one per row of files with millions of rows, and a
 * parser that throws for a bad date would be slow and awkward there.
 *
 * <p>Only the extended calendar form {@code YYYY-MM-DD} is read, with surrounding whitespace ignored; a day must
 * exist in its month ({@code 2025-02-29} does not).
 */
final class IsoDates {

    /** The cell is empty or only whitespace. */
    static final int BLANK = Integer.MIN_VALUE;
    /** The cell holds something other than a date of that form. */
    static final int UNREADABLE = Integer.MIN_VALUE + 1;

    private static final int LENGTH = 10;

    private IsoDates() {
    }

    /**
     * The date in {@code length} characters of {@code chars} from {@code offset}, or {@link #BLANK} or
     * {@link #UNREADABLE}.
     */
    static int scan(char[] chars, int offset, int length) {
        if (SmallInts.isBlank(chars, offset, length)) {
            return BLANK;
        }
        int start = offset;
        int end = offset + length;
        while (Character.isWhitespace(chars[start])) {
            start++;
        }
        while (Character.isWhitespace(chars[end - 1])) {
            end--;
        }
        if (end - start != LENGTH || chars[start + 4] != '-' || chars[start + 7] != '-') {
            return UNREADABLE;
        }
        int year = digits(chars, start, 4);
        int month = digits(chars, start + 5, 2);
        int day = digits(chars, start + 8, 2);
        if (year < 0 || month < 1 || month > 12 || day < 1 || day > lengthOfMonth(year, month)) {
            return UNREADABLE;
        }
        return (int) LocalDate.of(year, month, day).toEpochDay();
    }

    /** The number in {@code count} digits from {@code at}, or -1 if one is not a digit. */
    private static int digits(char[] chars, int at, int count) {
        int value = 0;
        for (int i = at; i < at + count; i++) {
            char c = chars[i];
            if (c < '0' || c > '9') {
                return -1;
            }
            value = value * 10 + (c - '0');
        }
        return value;
    }

    private static int lengthOfMonth(int year, int month) {
        return LocalDate.of(year, month, 1).lengthOfMonth();
    }
}
