package se.hlt.assessment.norms;

import java.util.Locale;

/**
 * Why no ORS/SRS rule (a cut-off or a reliable change value) applies to a form. The rules are chosen by instrument,
 * rater and the child's age ({@code ors-srs.md} &sect;3); where a rule needs the age and none is given, no age is
 * assumed, and this says so, so that a reader is not left to guess whether the age or the rules are missing.
 */
public enum RuleGap {
    /** A rule for this instrument and rater would apply at some age, but the form gives no age. */
    AGE_NOT_GIVEN,
    /** No rule applies to this instrument, rater and age (for instance an adult's collateral rater). */
    NO_RULE;

    /** The lower-case name used in JSON and message keys, e.g. {@code age_not_given}. */
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }
}
