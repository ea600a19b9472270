package se.hlt.assessment.scoring;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/** Something a reader of a scored form should know; it never changes a score. */
public enum WarningKind {
    /** Impact questions are answered although the gate question says there are no difficulties (scored 0). */
    IMPACT_ANSWERED_WITHOUT_DIFFICULTIES,
    /** The child's age lies outside the ages the version is meant for. */
    AGE_OUTSIDE_VERSION,
    /** A question is answered that belongs to another version (e.g. a follow-up question on a baseline form). */
    NOT_ON_THIS_VERSION;

    /** The lower-case name used in JSON and CSV. */
    @JsonValue
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    /**
     * Parses a kind name.
     *
     * @throws IllegalArgumentException if the text names no kind
     */
    @JsonCreator
    public static WarningKind parse(String text) {
        return valueOf(text.trim().toUpperCase(Locale.ROOT));
    }
}
