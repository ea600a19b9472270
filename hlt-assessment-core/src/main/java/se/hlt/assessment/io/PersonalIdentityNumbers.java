package se.hlt.assessment.io;

/**
 * Recognises text shaped like a Swedish personal identity number (personnummer) or co-ordination number
 * (samordningsnummer), so that such data can be refused: HLT teams document no personal identifiers, and this
 * program never needs one.
 *
 * <p>Accepted shapes: {@code YYMMDDNNNN}, {@code YYMMDD-NNNN}, {@code YYMMDD+NNNN}, {@code YYYYMMDDNNNN},
 * {@code YYYYMMDD-NNNN}, with a plausible month, a day of 01&ndash;31 (or 61&ndash;91 for a co-ordination number)
 * and a valid Luhn check digit. Surrounding spaces are ignored.
 */
public final class PersonalIdentityNumbers {

    private PersonalIdentityNumbers() {
    }

    /** Whether {@code text} looks like a personal identity or co-ordination number. */
    public static boolean looksLike(CharSequence text) {
        int start = 0;
        int end = text.length();
        while (start < end && text.charAt(start) == ' ') {
            start++;
        }
        while (end > start && text.charAt(end - 1) == ' ') {
            end--;
        }
        int length = end - start;
        if (length < 10 || length > 13) {
            return false;
        }
        int[] digits = new int[12];
        int count = 0;
        for (int i = start; i < end; i++) {
            char c = text.charAt(i);
            if (c >= '0' && c <= '9') {
                if (count == 12) {
                    return false;
                }
                digits[count++] = c - '0';
            } else if ((c == '-' || c == '+') && end - i == 5) {
                continue; // the separator stands before the last four digits
            } else {
                return false;
            }
        }
        if (count != 10 && count != 12) {
            return false;
        }
        int offset = count - 10; // skip the century digits: the check digit is computed on ten digits
        return plausibleDate(digits, offset) && luhnValid(digits, offset);
    }

    private static boolean plausibleDate(int[] d, int offset) {
        int month = d[offset + 2] * 10 + d[offset + 3];
        int day = d[offset + 4] * 10 + d[offset + 5];
        boolean dayOk = (day >= 1 && day <= 31) || (day >= 61 && day <= 91);
        return month >= 1 && month <= 12 && dayOk;
    }

    private static boolean luhnValid(int[] d, int offset) {
        int sum = 0;
        for (int i = 0; i < 10; i++) {
            int v = d[offset + i] * (i % 2 == 0 ? 2 : 1);
            sum += v > 9 ? v - 9 : v;
        }
        return sum % 10 == 0;
    }
}
