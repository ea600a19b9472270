package se.hlt.assessment.instrument;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/** How sure the project is of a rule or a number, as tagged in the specification. */
public enum Confidence {
    /** Read in a primary source, or in a source that reproduces it with a citation. */
    VERIFIED,
    /** Read in a third-party publication that cites the primary source. */
    SECONDARY,
    /** The best available value, not yet confirmed in a primary source. */
    PROVISIONAL;

    /** The lower-case name used in data files and JSON. */
    @JsonValue
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    /**
     * Parses a lower-case or upper-case confidence tag.
     *
     * @throws IllegalArgumentException if the text is not a tag
     */
    @JsonCreator
    public static Confidence parse(String text) {
        return valueOf(text.trim().toUpperCase(Locale.ROOT));
    }
}
