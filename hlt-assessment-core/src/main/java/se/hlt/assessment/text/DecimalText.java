package se.hlt.assessment.text;

import java.math.BigDecimal;

/**
 * Reads a decimal number, as people and spreadsheets write it, into exact whole units of 10<sup>&minus;decimals</sup>
 * (with one decimal, {@code "6.5"} and {@code "6,5"} are both 65 tenths): no binary floating point on the way, so
 * a sum of marks is exact. Swedish spreadsheets write a decimal comma; both separators are read.
 *
 * <p>Accepted: optional spaces around, an optional sign, digits with at most one {@code .} or {@code ,}, at least
 * one digit. Trailing zeros past the allowed decimals are fine ({@code 6.50}); any other extra decimal is
 * {@link #TOO_MANY_DECIMALS}, never rounded. No exponents, no thousands separators.
 *
 * <p>The parse returns a {@code long}: the units, or one of the negative sentinels below, so that the batch can
 * read a million cells without creating an object per cell.
 */
public final class DecimalText {

    /** The text is empty or only spaces: no answer. */
    public static final long BLANK = Long.MIN_VALUE;
    /** The text is not a decimal number. */
    public static final long NOT_A_NUMBER = Long.MIN_VALUE + 1;
    /** The number has more decimals than allowed (and they are not all zeros). */
    public static final long TOO_MANY_DECIMALS = Long.MIN_VALUE + 2;

    /** More digits than this cannot be a mark, a total or an age, and could overflow. */
    private static final int MOST_DIGITS = 15;

    private DecimalText() {
    }

    /** Whether a result of {@link #scan} is one of the sentinels rather than a number. */
    public static boolean isSentinel(long parsed) {
        return parsed <= TOO_MANY_DECIMALS;
    }

    /**
     * Reads {@code text} as a number with at most {@code decimals} decimals.
     *
     * @return the number in units of 10<sup>&minus;decimals</sup>, or {@link #BLANK}, {@link #NOT_A_NUMBER} or
     *     {@link #TOO_MANY_DECIMALS}
     */
    public static long scan(CharSequence text, int decimals) {
        int start = 0;
        int end = text.length();
        while (start < end && text.charAt(start) == ' ') {
            start++;
        }
        while (end > start && text.charAt(end - 1) == ' ') {
            end--;
        }
        if (start == end) {
            return BLANK;
        }
        boolean negative = false;
        char first = text.charAt(start);
        if (first == '-' || first == '+') {
            negative = first == '-';
            start++;
        }
        long units = 0;
        int digits = 0;
        int fraction = -1; // decimals read so far, -1 before the separator
        boolean extraNonZero = false;
        for (int i = start; i < end; i++) {
            char c = text.charAt(i);
            if (c >= '0' && c <= '9') {
                if (fraction >= decimals) {
                    extraNonZero |= c != '0'; // past the allowed decimals only zeros may follow
                    continue;
                }
                if (++digits > MOST_DIGITS) {
                    return NOT_A_NUMBER;
                }
                units = units * 10 + (c - '0');
                if (fraction >= 0) {
                    fraction++;
                }
            } else if ((c == '.' || c == ',') && fraction < 0) {
                fraction = 0;
            } else {
                return NOT_A_NUMBER;
            }
        }
        if (digits == 0) {
            return NOT_A_NUMBER;
        }
        if (extraNonZero) {
            return TOO_MANY_DECIMALS;
        }
        for (int f = Math.max(fraction, 0); f < decimals; f++) {
            units *= 10;
        }
        return negative ? -units : units;
    }

    /**
     * Converts a number already read exactly (a JSON number read as {@link BigDecimal}) into units.
     *
     * @return the units, or {@link #TOO_MANY_DECIMALS}, or {@link #NOT_A_NUMBER} when it is too large
     */
    public static long units(BigDecimal number, int decimals) {
        BigDecimal shifted = number.movePointRight(decimals);
        if (shifted.signum() != 0 && shifted.stripTrailingZeros().scale() > 0) {
            return TOO_MANY_DECIMALS;
        }
        if (shifted.abs().compareTo(BigDecimal.TEN.pow(MOST_DIGITS)) >= 0) {
            return NOT_A_NUMBER;
        }
        return shifted.longValue();
    }

    /** Writes units with their decimals, e.g. 183 tenths as {@code 18.3}, with {@code separator} before them. */
    public static String format(long units, int decimals, char separator) {
        String plain = BigDecimal.valueOf(units, decimals).toPlainString();
        return separator == '.' ? plain : plain.replace('.', separator);
    }
}
