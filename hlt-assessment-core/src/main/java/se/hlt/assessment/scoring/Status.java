package se.hlt.assessment.scoring;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/** How completely a form could be scored. */
public enum Status {
    /** Every scale scored from all its items. */
    COMPLETE,
    /** Every scale scored, at least one of them prorated from the items answered. */
    PRORATED,
    /** At least one scale has too few items answered to be scored (so composites that need it are missing too). */
    INCOMPLETE,
    /**
     * The form records a total only (paper systems sometimes keep only the ORS total): the total is as given, and no
     * scale is scored.
     */
    TOTAL_ONLY,
    /** The form could not be scored at all: see its problems. No score is given from an invalid form. */
    INVALID;

    /** The lower-case name used in JSON and CSV, e.g. {@code prorated}. */
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
    public static Status parse(String text) {
        return valueOf(text.trim().toUpperCase(Locale.ROOT));
    }
}
