package se.hlt.assessment.text;

/**
 * Recognises text shaped like a Swedish personal identity number (personnummer) or co-ordination number
 * (samordningsnummer), so that such data can be refused: HLT teams document no personal identifiers, and this
 * program never needs one.
 *
 * <p>Accepted shapes: {@code YYMMDDNNNN}, {@code YYMMDD-NNNN}, {@code YYMMDD+NNNN}, {@code YYYYMMDDNNNN},
 * {@code YYYYMMDD-NNNN}, {@code YYYYMMDD+NNNN}, with a month of 01&ndash;12, a day of 01&ndash;31 (or
 * 61&ndash;91 for a co-ordination number, whose day has 60 added) and a valid Luhn check digit over the ten-digit
 * form. Surrounding whitespace is ignored. The check is deliberately a little wider than the official rules (it
 * checks neither the days of each month nor the century): a false alarm costs the user a renamed value, a miss
 * would let personal data through.
 *
 * <p>Allocation-free, so that it can screen every id and pass-through cell of a file with millions of rows.
 */
public final class PersonalIdentityNumbers {

    private static final long TEN_DIGITS = 10_000_000_000L;

    private PersonalIdentityNumbers() {
    }

    /**
     * Whether {@code text} looks like a personal identity or co-ordination number.
     *
     * @param text any cell or value; never modified
     * @return true when it has one of the shapes above with a plausible date and a valid check digit
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
        int count = 0;
        for (int i = start; i < end; i++) {
            char c = text.charAt(i);
            if (c >= '0' && c <= '9') {
                digits = digits * 10 + (c - '0');
                count++;
            } else if ((c == '-' || c == '+') && end - i == 5) {
                continue; // the separator stands before the last four digits
            } else {
                return false;
            }
        }
        if (count != 10 && count != 12) {
            return false;
        }
        long tenDigits = digits % TEN_DIGITS; // the check digit is computed on ten digits, without the century
        return plausibleDate(tenDigits) && luhnValid(tenDigits);
    }

    /** Month 01-12; day 01-31, or 61-91 for a co-ordination number. */
    private static boolean plausibleDate(long tenDigits) {
        int month = (int) (tenDigits / 1_000_000 % 100);
        int day = (int) (tenDigits / 10_000 % 100);
        boolean dayOk = (day >= 1 && day <= 31) || (day >= 61 && day <= 91);
        return month >= 1 && month <= 12 && dayOk;
    }

    /** The Luhn check over ten digits: weights 2,1,2,1,... from the left, digit sums of the products. */
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
