package se.hlt.assessment.instrument;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/** How a prorated score is rounded to a whole number. */
public enum Rounding {
    /**
     * Halves round up (2.5 &rarr; 3), as SPSS {@code RND}, Stata {@code round} and the SDQ's official R syntax
     * ({@code floor(0.5 + x)}) do. Not banker's rounding.
     */
    HALF_UP;

    /** The lower-case name used in data files. */
    @JsonValue
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    /**
     * Parses a rounding rule name.
     *
     * @throws IllegalArgumentException if the text names no rule
     */
    @JsonCreator
    public static Rounding parse(String text) {
        return valueOf(text.trim().toUpperCase(Locale.ROOT));
    }
}
