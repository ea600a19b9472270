package se.hlt.assessment.privacy;

/**
 * Recognises a Swedish personal identity number (personnummer) or co-ordination number (samordningsnummer)
 * anywhere in a text, so that such data can be refused: HLT teams document no personal identifiers, and this
 * program never needs one. The one screen for every value the program reads: CSV cells, column names, JSON ids,
 * what is typed at a prompt, cohort group values.
 *
 * <p><b>What counts.</b> Ten digits {@code YYMMDDNNNC} or twelve {@code CCYYMMDDNNNC} (century 18, 19 or 20),
 * with a month of 01&ndash;12 and a day of 01&ndash;31 (or 61&ndash;91 for a co-ordination number, whose day has
 * 60 added), found:
 * <ul>
 *   <li>anywhere in the text ({@code pnr YYMMDD-NNNC mamma}), but never as part of a longer run of digits;</li>
 *   <li>as people write them: digits together, the last four set off ({@code -}, {@code +}, en dash, the
 *       non-breaking hyphen, a space or a dot; a full-width or other Unicode digit counts as a digit), or the
 *       date written with separators ({@code 2012-05-17-1232}); a spreadsheet's {@code .0} after the digits does
 *       not hide them;</li>
 *   <li>with a valid Luhn check digit; or, written as a personal identity number is (the last four set off by a
 *       dash, a plus or a space), with any check digit, since a mistyped personal number is still personal data.
 *       Ten or twelve digits written together with a wrong check digit are not taken for one: they are as often a
 *       phone number or a time stamp, and {@link IdentityNumberColumn} judges a column of them as a whole.</li>
 * </ul>
 * The check is deliberately wider than the official rules (it checks neither the days of each month nor the
 * century of a ten-digit number): a false alarm costs the user a renamed value, a miss lets personal data through.
 *
 * <p>Cheap for the common case: a text with fewer than ten digits is rejected in one pass without allocating, so
 * that it can screen every id and pass-through cell of a file with millions of rows.
 */
public final class PersonalIdentityNumbers {

    private static final long TEN_DIGITS = 10_000_000_000L;
    /** Separators longer than this end a number: {@code 120517 - 1232} is one, a sentence's gap is not. */
    private static final int LONGEST_GAP = 3;

    private PersonalIdentityNumbers() {
    }

    /**
     * Whether {@code text} holds something that looks like a personal identity or co-ordination number.
     *
     * @param text any cell or value; never modified
     * @return true when it holds a number of the shapes above
     */
    public static boolean looksLike(CharSequence text) {
        return find(text) != Match.NONE;
    }

    /**
     * Whether {@code text} holds a number written as one: with its parts set off, or its last four set off with a
     * wrong check digit. Ten or twelve digits run together with a valid check digit are left out: where a line is a
     * run of answer codes ({@code hlt enter}'s items, {@code 0121201210}), one such run in ten passes the check by
     * chance, and the caller knows it is answers.
     */
    public static boolean looksWritten(CharSequence text) {
        return find(text) == Match.WRITTEN;
    }

    /**
     * Refuses a value that looks like a personal identity number, as the library's own records do with the ids a
     * caller gives them ({@code Form}, {@code FormContext}, {@code Series}, a cohort's group values).
     *
     * @param value the value to screen
     * @param field the field's name, the only thing the refusal says: never the value, which is personal data
     * @return {@code value}, for use in a record's compact constructor
     * @throws IllegalArgumentException naming {@code field} when the value looks like a number
     */
    public static String requireNone(String value, String field) {
        if (looksLike(value)) {
            throw new IllegalArgumentException(field + ": looks like a personal identity number; use a pseudonymous"
                    + " id (the value is not repeated)");
        }
        return value;
    }

    /**
     * How {@code text} stands as a bare number, for judging a column of them ({@link IdentityNumberColumn}): 0
     * when it is not ten or twelve digits alone (spaces and a spreadsheet's {@code .0} aside), 1 when it is but
     * has no plausible date (or century), 2 when it has one but its check digit is wrong, 3 when that is right
     * too.
     */
    static int bare(CharSequence text) {
        int start = 0;
        int end = text.length();
        while (start < end && (Character.isWhitespace(text.charAt(start)) || text.charAt(start) == '\u00A0')) {
            start++;
        }
        while (end > start && (Character.isWhitespace(text.charAt(end - 1)) || text.charAt(end - 1) == '\u00A0')) {
            end--;
        }
        if (end - start > 2 && text.charAt(end - 2) == '.' && text.charAt(end - 1) == '0') {
            end -= 2;
        }
        int digits = end - start;
        if (digits != 10 && digits != 12) {
            return 0;
        }
        long value = 0;
        for (int i = start; i < end; i++) {
            int digit = digit(text.charAt(i));
            if (digit < 0) {
                return 0;
            }
            value = value * 10 + digit;
        }
        long century = value / TEN_DIGITS;
        if (digits == 12 && (century < 18 || century > 20) || !plausibleDate(value % TEN_DIGITS)) {
            return 1;
        }
        return luhnValid(value % TEN_DIGITS) ? 3 : 2;
    }

    /** What {@link #find} found. */
    enum Match {
        /** Nothing shaped like a number. */
        NONE,
        /** Ten or twelve digits written together, with a plausible date and a valid check digit. */
        BARE,
        /** A number written as one is (separated), or with a valid check digit and separators. */
        WRITTEN
    }

    /** The strongest match in {@code text}. */
    static Match find(CharSequence text) {
        int length = text.length();
        if (length < 10 || digitCount(text) < 10) {
            return Match.NONE;
        }
        // the digit groups of the text, each with the separator before it (-1: it starts a new run)
        int[] groupLength = new int[length / 2 + 1];
        long[] groupValue = new long[groupLength.length];
        int[] gapBefore = new int[groupLength.length];
        int groups = 0;
        boolean inGroup = false;
        boolean broken = true;
        int gap = -1;
        int gapLength = 0;
        for (int i = 0; i < length; i++) {
            char c = text.charAt(i);
            int digit = digit(c);
            if (digit >= 0 && inGroup) {
                int g = groups - 1;
                groupLength[g]++;
                groupValue[g] = groupLength[g] > 12 ? -1 : groupValue[g] * 10 + digit;
            } else if (digit >= 0) {
                groupLength[groups] = 1;
                groupValue[groups] = digit;
                gapBefore[groups] = broken || gapLength > LONGEST_GAP ? -1 : gap;
                groups++;
                inGroup = true;
                broken = false;
                gap = -1;
                gapLength = 0;
            } else if (separator(c)) {
                if (gapLength == 0 || dashLike(c) && !dashLike(gap)) {
                    gap = c; // "120517 - 1232": the dash says more than the spaces around it
                }
                gapLength++;
                inGroup = false;
            } else {
                inGroup = false;
                broken = true;
            }
        }
        Match best = Match.NONE;
        for (int first = 0; first < groups; first++) {
            int digits = 0;
            long value = 0;
            int boundaries = 0; // a bit per digit position where a group ends inside the window
            for (int last = first; last < groups && (last == first || gapBefore[last] >= 0); last++) {
                digits += groupLength[last];
                if (digits > 12 || groupValue[last] < 0) {
                    break;
                }
                value = value * pow10(groupLength[last]) + groupValue[last];
                if (last > first) {
                    boundaries |= 1 << (digits - groupLength[last]);
                }
                if (digits == 10 || digits == 12) {
                    Match match = judge(value, digits, boundaries, gapBefore[last]);
                    if (match.compareTo(best) > 0) {
                        best = match;
                    }
                }
            }
        }
        return best;
    }

    /**
     * Judges one window of ten or twelve digits.
     *
     * @param boundaries the digit positions where a group ends inside the window, as bits
     * @param lastGap the separator before the last group
     */
    private static Match judge(long value, int digits, int boundaries, int lastGap) {
        if (digits == 12) {
            int century = (int) (value / TEN_DIGITS);
            if (century < 18 || century > 20) {
                return Match.NONE;
            }
        }
        long tenDigits = value % TEN_DIGITS; // the check digit is computed on ten digits, without the century
        if (!plausibleDate(tenDigits) || !writtenAsANumber(digits, boundaries)) {
            return Match.NONE;
        }
        boolean lastFourSetOff = (boundaries & (1 << (digits - 4))) != 0;
        if (luhnValid(tenDigits)) {
            return boundaries == 0 ? Match.BARE : Match.WRITTEN;
        }
        return lastFourSetOff && (dashLike(lastGap) || lastGap == ' ' || lastGap == '\u00A0') ? Match.WRITTEN
                : Match.NONE;
    }

    /**
     * Whether the groups fall where people split a number: nowhere, before the last four, or between the parts
     * of the date and before the last four ({@code YY-MM-DD-NNNC}, {@code YYYY-MM-DD-NNNC}, {@code CC YYMMDD-NNNC}).
     * {@code 1205-171232} is not a number written so, and neither is a phone number's {@code 070-123 45 67}.
     */
    private static boolean writtenAsANumber(int digits, int boundaries) {
        if (digits == 10) {
            return boundaries == 0 || boundaries == bits(6) || boundaries == bits(2, 4, 6);
        }
        return boundaries == 0 || boundaries == bits(8) || boundaries == bits(4, 6, 8) || boundaries == bits(2)
                || boundaries == bits(2, 8);
    }

    private static int bits(int... positions) {
        int bits = 0;
        for (int p : positions) {
            bits |= 1 << p;
        }
        return bits;
    }

    private static int digitCount(CharSequence text) {
        int count = 0;
        for (int i = 0; i < text.length(); i++) {
            if (digit(text.charAt(i)) >= 0) {
                count++;
            }
        }
        return count;
    }

    /** The value of a decimal digit of any script (full-width {@code １} too), or -1. */
    private static int digit(char c) {
        if (c < 128) {
            return c >= '0' && c <= '9' ? c - '0' : -1;
        }
        return Character.digit(c, 10);
    }

    /** What may stand between the parts of a number: dashes, plus, spaces (non-breaking too) and the dot. */
    private static boolean separator(char c) {
        return dashLike(c) || c == ' ' || c == '.' || c == '\u00A0' || c == '\u202F' || c == '\u2007'
                || c == '\u3000';
    }

    private static boolean dashLike(int c) {
        return c == '-' || c == '+' || c == '\u2010' || c == '\u2011' || c == '\u2012' || c == '\u2013'
                || c == '\u2014' || c == '\u2212' || c == '\uFF0D' || c == '\uFF0B' || c == '\uFE63';
    }

    private static long pow10(int exponent) {
        long p = 1;
        for (int i = 0; i < exponent; i++) {
            p *= 10;
        }
        return p;
    }

    /** Month 01-12; day 01-31, or 61-91 for a co-ordination number. */
    static boolean plausibleDate(long tenDigits) {
        int month = (int) (tenDigits / 1_000_000 % 100);
        int day = (int) (tenDigits / 10_000 % 100);
        boolean dayOk = (day >= 1 && day <= 31) || (day >= 61 && day <= 91);
        return month >= 1 && month <= 12 && dayOk;
    }

    /** The Luhn check over ten digits: weights 2,1,2,1,... from the left, digit sums of the products. */
    static boolean luhnValid(long tenDigits) {
        int sum = 0;
        long rest = tenDigits;
        for (int position = 9; position >= 0; position--) {
            int digit = (int) (rest % 10);
            rest /= 10;
            int weighted = position % 2 == 0 ? digit * 2 : digit;
            sum += weighted > 9 ? weighted - 9 : weighted;
        }
        return sum % 10 == 0;
    }
}
