package se.hlt.assessment.comparison;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/** What a reliable change index says about one child's change, with the scale's direction taken into account. */
public enum ChangeStatus {
    /** A reliable change in the good direction (a decrease of a difficulty score, an increase of prosocial). */
    IMPROVED,
    /** A change no larger than measurement error alone could explain. */
    NO_RELIABLE_CHANGE,
    /** A reliable change in the bad direction. */
    DETERIORATED;

    /** The lower-case name used in JSON and CSV, e.g. {@code no_reliable_change}. */
    @JsonValue
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    /**
     * Parses a status name.
     *
     * @throws IllegalArgumentException if the text names no status
     */
    @JsonCreator
    public static ChangeStatus parse(String text) {
        return valueOf(text.trim().toUpperCase(Locale.ROOT));
    }

    /** The status of the same change read backwards (T2 to T1): improved and deteriorated swap. */
    public ChangeStatus reversed() {
        switch (this) {
            case IMPROVED: return DETERIORATED;
            case DETERIORATED: return IMPROVED;
            default: return this;
        }
    }
}
