package se.hlt.assessment.scoring;

import com.fasterxml.jackson.annotation.JsonIgnore;
import java.util.Objects;

/**
 * A note on a scored form that does not change its scores, e.g. the child's age is outside the version's range.
 *
 * @param kind what the warning is about
 * @param field the field it concerns, e.g. {@code ebddiff} or {@code age}
 * @param detail the specifics, e.g. {@code age 3; version 4-17 is for 4-17}
 */
public record Warning(WarningKind kind, String field, String detail) {

    /** Checks that every part is present. */
    public Warning {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(field, "field");
        Objects.requireNonNull(detail, "detail");
    }

    /** The warning as a user interface shows it, in Swedish for a Swedish locale and English otherwise. */
    @JsonIgnore
    public String message(java.util.Locale locale) {
        return Texts.format("warning." + kind.code(), locale, field, detail);
    }

    /** The warning in one English sentence. */
    @JsonIgnore
    public String message() {
        switch (kind) {
            case IMPACT_ANSWERED_WITHOUT_DIFFICULTIES:
                return field + " says no difficulties, yet impact questions are answered (" + detail
                        + "); impact is 0 as the scoring rules say";
            case AGE_OUTSIDE_VERSION:
                return "the child's age is outside this version's range (" + detail + ")";
            case NOT_ON_THIS_VERSION:
                return field + " is not asked on this version (" + detail + "); the answer is not used";
            default:
                throw new AssertionError(kind);
        }
    }
}
