package se.hlt.assessment.series;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import se.hlt.assessment.instrument.Informant;
import se.hlt.assessment.norms.CutoffRule;
import se.hlt.assessment.norms.MeasureRole;
import se.hlt.assessment.norms.RuleGap;
import se.hlt.assessment.scoring.FormResult;

/**
 * One scored form of a series, with what the series says about it: the cut-off that applies and which side of it
 * the total is, the change since intake, whether it is on track, and its alerts.
 *
 * @param row where the form came from (see {@link SessionForm#row()})
 * @param session the session number
 * @param date the session's date, if known
 * @param role whether the form measures outcome (ORS) or the alliance (SRS)
 * @param form the scored form: its scales, total (or rating) and status
 * @param cutoff the cut-off rule for this instrument, rater and age, if the rules have one (its value is empty for
 *     forms that have no cut-off, such as the YCORS; the rule's source says why)
 * @param cutoffGap why no cut-off rule applies (the age is not given, or no rule is for this form); empty when one
 *     does
 * @param belowCutoff whether the total is on the flagged side of the cut-off (clinical range for an outcome form, a
 *     possible alliance problem for an alliance form); empty without a total or a cut-off
 * @param changeSinceIntake for an outcome form with a total in a series: its total minus the intake total
 * @param expected where the user's expected treatment response puts the session, when a table is given and has a
 *     row for it
 * @param alerts the alerts raised at this form
 */
public record SessionResult(long row, int session, Optional<LocalDate> date, MeasureRole role, FormResult form,
                            Optional<CutoffRule> cutoff, Optional<RuleGap> cutoffGap, Optional<Boolean> belowCutoff,
                            Optional<BigDecimal> changeSinceIntake, Optional<Expectation> expected,
                            List<Alert> alerts) {

    /** The name of the score a series follows on every ORS/SRS-family form that has one. */
    public static final String TOTAL = "total";

    /** Checks the required parts and copies the alerts. */
    public SessionResult {
        Objects.requireNonNull(role, "role");
        Objects.requireNonNull(form, "form");
        date = date == null ? Optional.empty() : date;
        cutoff = cutoff == null ? Optional.empty() : cutoff;
        cutoffGap = cutoffGap == null ? Optional.empty() : cutoffGap;
        belowCutoff = belowCutoff == null ? Optional.empty() : belowCutoff;
        changeSinceIntake = changeSinceIntake == null ? Optional.empty() : changeSinceIntake;
        expected = expected == null ? Optional.empty() : expected;
        alerts = List.copyOf(alerts);
    }

    /** The form's total, e.g. 18.3; empty when a scale is missing, or for the young-child forms. */
    public Optional<BigDecimal> total() {
        return form.decimal(TOTAL);
    }

    /** Who rated the form. */
    public Informant rater() {
        return form.informant().orElse(Informant.SELF);
    }

    /** The form's instrument id, e.g. {@code ors}. */
    public String instrument() {
        return form.instrument();
    }

    /** For an outcome form: whether its total is in the clinical range. Empty for alliance forms and without one. */
    public Optional<Boolean> clinical() {
        return role == MeasureRole.OUTCOME ? belowCutoff : Optional.empty();
    }

    /** The value of the cut-off that applies, e.g. 25; empty where none does. */
    public Optional<BigDecimal> cutoffValue() {
        return cutoff.flatMap(CutoffRule::cutoff);
    }

    /** Whether any alert about the working alliance was raised at this form. */
    public boolean allianceAlert() {
        for (Alert a : alerts) { // a loop, not a stream: the batch asks this of every row
            if (a.kind().isAlliance()) {
                return true;
            }
        }
        return false;
    }

    /** This result with other alerts (the series adds its own to the form's). */
    SessionResult withAlerts(List<Alert> newAlerts) {
        return new SessionResult(row, session, date, role, form, cutoff, cutoffGap, belowCutoff, changeSinceIntake,
                expected, newAlerts);
    }

    /** This result with its change since intake, expectation and alerts. */
    SessionResult withChange(Optional<BigDecimal> change, Optional<Expectation> expectation, List<Alert> newAlerts) {
        return new SessionResult(row, session, date, role, form, cutoff, cutoffGap, belowCutoff, change, expectation,
                newAlerts);
    }
}
