package se.hlt.assessment.norms;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/** What a session-by-session form measures, and so how a series uses it. */
public enum MeasureRole {
    /** How the child is doing (the ORS family, at the start of a session): followed for change since intake. */
    OUTCOME,
    /** How the session went (the SRS family, at the end): followed for alliance alerts. */
    ALLIANCE;

    /** The lower-case name used in JSON and CSV. */
    @JsonValue
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    /**
     * Parses a role name.
     *
     * @throws IllegalArgumentException if the text names no role
     */
    @JsonCreator
    public static MeasureRole parse(String text) {
        return valueOf(text.trim().toUpperCase(Locale.ROOT));
    }
}
