package se.hlt.assessment.instrument;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/** Which way along a score is good for the child: this decides what counts as improvement. */
public enum Direction {
    /** A difficulty score: lower is better, a decrease is an improvement. */
    HIGHER_IS_WORSE,
    /** A strength score (the SDQ prosocial scale, ORS): higher is better, an increase is an improvement. */
    HIGHER_IS_BETTER;

    /** The lower-case name used in data files and JSON. */
    @JsonValue
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    /**
     * Parses a direction name.
     *
     * @throws IllegalArgumentException if the text names no direction
     */
    @JsonCreator
    public static Direction parse(String text) {
        return valueOf(text.trim().toUpperCase(Locale.ROOT));
    }
}
