package se.hlt.assessment.cli;

import java.math.BigDecimal;
import java.util.Locale;

/** Numbers for people: a decimal comma in Swedish (18,3), a point in English (18.3); never 1E+1. */
public final class Numbers {

    private Numbers() {
    }

    /** {@code value} as text in {@code locale}, e.g. {@code 18,3}. */
    public static String text(BigDecimal value, Locale locale) {
        String plain = value.toPlainString();
        return "sv".equals(locale.getLanguage()) ? plain.replace('.', ',') : plain;
    }

    /** A change with its sign, e.g. {@code +2,1} or {@code -0,5} ({@code 0,0} without a sign). */
    public static String signed(BigDecimal value, Locale locale) {
        return (value.signum() > 0 ? "+" : "") + text(value, locale);
    }
}
