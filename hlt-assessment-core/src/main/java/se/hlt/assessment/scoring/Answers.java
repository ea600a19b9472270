package se.hlt.assessment.scoring;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Answers typed as text, as a case system's form field or a Swedish spreadsheet gives them: {@code "6,5"} and
 * {@code "6.5"} are both 6.5, {@code "2"} is 2. The number is read exactly; whether it is a valid answer to a
 * question (range, decimals) is the engine's to say when the form is scored.
 */
public final class Answers {

    /** Digits with at most one decimal separator, comma or point, and an optional sign: no exponent, no spaces. */
    private static final Pattern NUMBER = Pattern.compile("[+-]?(\\d+([.,]\\d*)?|[.,]\\d+)");

    private Answers() {
    }

    /**
     * Reads an answer, ignoring surrounding spaces.
     *
     * @return the number, or empty when the text is not one (also for an empty text: an unanswered question)
     */
    public static Optional<BigDecimal> tryParse(String text) {
        String trimmed = text.strip();
        if (!NUMBER.matcher(trimmed).matches()) {
            return Optional.empty();
        }
        return Optional.of(new BigDecimal(trimmed.replace(',', '.')));
    }

    /**
     * A number exactly as the caller meant it: integers whole, a {@link BigDecimal} as it is, a {@code double} by
     * its shortest decimal text ({@code 6.5}, {@code 0.1}), any other number by its text.
     *
     * @throws IllegalArgumentException for a {@code double} that is not finite, or a number with no decimal text
     */
    public static BigDecimal exact(Number n) {
        if (n instanceof BigDecimal d) {
            return d;
        }
        if (n instanceof Integer || n instanceof Long || n instanceof Short || n instanceof Byte) {
            return BigDecimal.valueOf(n.longValue());
        }
        if (n instanceof BigInteger b) {
            return new BigDecimal(b);
        }
        if (n instanceof Double || n instanceof Float) {
            double d = n.doubleValue();
            if (Double.isNaN(d) || Double.isInfinite(d)) {
                throw new IllegalArgumentException("answers: an answer is not a finite number");
            }
            return n instanceof Float ? new BigDecimal(Float.toString(n.floatValue())) : BigDecimal.valueOf(d);
        }
        try {
            return new BigDecimal(n.toString());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("answers: an answer is not a number", e);
        }
    }

    /**
     * Reads an answer as {@link #tryParse(String)} does.
     *
     * @throws IllegalArgumentException if the text is not a number (the message says how long it was, never what)
     */
    public static BigDecimal parse(String text) {
        return tryParse(text).orElseThrow(() -> new IllegalArgumentException(
                "not a number such as 6,5 or 6.5: " + Problem.shown(text)));
    }
}
