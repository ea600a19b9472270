package se.hlt.assessment.series;

import java.util.Locale;

/** Why a form cannot be part of a series. The row is reported with this reason, never dropped silently. */
public enum SeriesProblemKind {
    /** The form itself could not be scored (a mark out of range, an unknown scale...): see its problems. */
    FORM_INVALID,
    /** The form's instrument is not a session-by-session measure (not in the rules' outcome or alliance lists). */
    NOT_A_SESSION_MEASURE,
    /** An earlier row already has a form of the same kind (outcome or alliance) by the same rater for the session. */
    DUPLICATE_SESSION,
    /**
     * An alliance form (SRS) for a session that has no valid outcome form (ORS) by anyone, whether or not the
     * client has outcome forms for other sessions (ors-srs.md &sect;5: an SRS pairs with the ORS of its session).
     */
    NO_MATCHING_SESSION,
    /** The date lies before the date of the previous session: dates go backwards. */
    DATE_BEFORE_PREVIOUS_SESSION;

    /** The lower-case name used in JSON and CSV, e.g. {@code duplicate_session}. */
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }
}
