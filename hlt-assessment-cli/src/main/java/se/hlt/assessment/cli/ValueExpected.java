package se.hlt.assessment.cli;

import picocli.CommandLine.TypeConversionException;

/**
 * An option's value refused by its converter, in the shape of picocli's own refusals ({@code expected X but was
 * 'v'}), which {@link UsageErrors} puts into the user's language. What is expected is written in the option's own
 * terms ({@code YYYY-MM-DD}, {@code female|male}), the same in both languages. Before, a converter's refusal was
 * English whatever the language, and a date's carried Java's exception text.
 */
final class ValueExpected {

    private ValueExpected() {
    }

    /** The refusal of {@code value} where {@code expected} was. */
    static TypeConversionException of(String expected, String value) {
        return new TypeConversionException("expected " + expected + " but was '" + value + "'");
    }
}
