package se.hlt.assessment.scoring;

import java.math.BigDecimal;
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
     * Reads an answer as {@link #tryParse(String)} does.
     *
     * @throws IllegalArgumentException if the text is not a number (the message says how long it was, never what)
     */
    public static BigDecimal parse(String text) {
        return tryParse(text).orElseThrow(() -> new IllegalArgumentException(
                "not a number such as 6,5 or 6.5: " + Problem.shown(text)));
    }
}
