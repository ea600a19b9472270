package se.hlt.assessment.io;

/**
 * Recognises text that looks like a Swedish personal identity number (personnummer) or coordination number
 * (samordningsnummer), so that such data can be refused before it is processed or echoed.
 *
 * <p>HLT documents no personal data: an id column must hold pseudonymous ids. This check is deliberately a
 * little wider than the official rules (it does not check the number of days in the month), because a false
 * alarm costs the user a renamed value while a miss would let personal data through.
 *
 * <p>Allocation-free, so that it can screen every cell of a large file.
 */
public final class PersonalIdentityNumbers {

    private static final long TEN_DIGITS = 10_000_000_000L;

    private PersonalIdentityNumbers() {
    }

    /**
     * Whether {@code text}, ignoring surrounding whitespace, has the shape of a personal identity number or
     * coordination number:
     * <ul>
     *   <li>10 digits {@code YYMMDDNNNC} or 12 digits {@code CCYYMMDDNNNC} (century 18, 19 or 20), optionally
     *       with a {@code -} or {@code +} just before the last four digits;</li>
     *   <li>a month from 01 to 12 and a day from 01 to 31, or from 61 to 91 for a coordination number (whose
     *       day has 60 added);</li>
     *   <li>a valid Luhn check digit {@code C} over the 10-digit form.</li>
     * </ul>
     *
     * @param text any cell or value; never modified
     * @return true when it looks like such a number
     */
    public static boolean looksLike(CharSequence text) {
        int start = 0;
        int end = text.length();
        while (start < end && Character.isWhitespace(text.charAt(start))) {
            start++;
        }
        while (end > start && Character.isWhitespace(text.charAt(end - 1))) {
            end--;
        }
        int length = end - start;
        if (length < 10 || length > 13) {
            return false;
        }
        long digits = 0;
        int digitCount = 0;
        for (int i = start; i < end; i++) {
            char c = text.charAt(i);
            if (c >= '0' && c <= '9') {
                digits = digits * 10 + (c - '0');
                digitCount++;
            } else if ((c == '-' || c == '+') && i == end - 5) {
                continue; // the separator before the last four digits
            } else {
                return false;
            }
        }
        if (digitCount == 12) {
            long century = digits / TEN_DIGITS;
            if (century < 18 || century > 20) {
                return false;
            }
        } else if (digitCount != 10) {
            return false;
        }
        long tenDigits = digits % TEN_DIGITS;
        return plausibleDate(tenDigits) && luhnValid(tenDigits);
    }

    /** Month 01-12; day 01-31, or 61-91 for a coordination number. Days per month are not checked (see above). */
    private static boolean plausibleDate(long tenDigits) {
        int month = (int) (tenDigits / 1_000_000 % 100);
        int day = (int) (tenDigits / 10_000 % 100);
        boolean dayOfMonth = (day >= 1 && day <= 31) || (day >= 61 && day <= 91);
        return month >= 1 && month <= 12 && dayOfMonth;
    }

    /** The Luhn check over ten digits: weights 2,1,2,1,... from the left, digit sums of the products, sum % 10 == 0. */
    private static boolean luhnValid(long tenDigits) {
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
