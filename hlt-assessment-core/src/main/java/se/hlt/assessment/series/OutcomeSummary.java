package se.hlt.assessment.series;

import se.hlt.assessment.comparison.ChangeStatus;
import java.math.BigDecimal;
import java.util.Optional;
import java.util.OptionalInt;
import se.hlt.assessment.norms.CutoffRule;
import se.hlt.assessment.norms.ReliableChangeRule;
import se.hlt.assessment.norms.RuleGap;

/**
 * What one rater's outcome forms say about change: intake and latest total, the change, whether it is reliable,
 * and whether it is clinically significant.
 *
 * <p>The intake is the first outcome form with a total (in session order), the latest the last one. The cut-off
 * and the reliable change value are those of the intake form (instrument, rater, the child's age then), so that
 * the start and the end are measured by the same rule even if the child has a birthday in between.
 *
 * @param forms how many outcome forms the rater has in the series
 * @param intakeSession the intake's session
 * @param intakeTotal the intake's total
 * @param latestSession the latest session with a total
 * @param latestTotal the latest total
 * @param change latest minus intake total (0 with one total)
 * @param cutoff the cut-off rule at intake, if the rules have one
 * @param reliableChangeRule the reliable change rule at intake, if the rules have one
 * @param reliableChangeGap why no reliable change rule applies at intake (the age is not given, or no rule is for
 *     this form); empty when one does, or with no total
 * @param reliableChange improved, no reliable change or deteriorated; empty with fewer than two totals or no rule
 * @param clinicallySignificant whether the improvement is reliable and the total went from the clinical range at
 *     intake to at or above the cut-off at the latest session; empty where it cannot be judged (fewer than two
 *     totals, no cut-off or no reliable change value)
 */
public record OutcomeSummary(int forms, OptionalInt intakeSession, Optional<BigDecimal> intakeTotal,
                             OptionalInt latestSession, Optional<BigDecimal> latestTotal, Optional<BigDecimal> change,
                             Optional<CutoffRule> cutoff, Optional<ReliableChangeRule> reliableChangeRule,
                             Optional<RuleGap> reliableChangeGap, Optional<ChangeStatus> reliableChange,
                             Optional<Boolean> clinicallySignificant) {

    /** Normalises absent optionals. */
    public OutcomeSummary {
        intakeSession = intakeSession == null ? OptionalInt.empty() : intakeSession;
        intakeTotal = intakeTotal == null ? Optional.empty() : intakeTotal;
        latestSession = latestSession == null ? OptionalInt.empty() : latestSession;
        latestTotal = latestTotal == null ? Optional.empty() : latestTotal;
        change = change == null ? Optional.empty() : change;
        cutoff = cutoff == null ? Optional.empty() : cutoff;
        reliableChangeRule = reliableChangeRule == null ? Optional.empty() : reliableChangeRule;
        reliableChangeGap = reliableChangeGap == null ? Optional.empty() : reliableChangeGap;
        reliableChange = reliableChange == null ? Optional.empty() : reliableChange;
        clinicallySignificant = clinicallySignificant == null ? Optional.empty() : clinicallySignificant;
        if (forms < 0) {
            throw new IllegalArgumentException("forms must not be negative: " + forms);
        }
    }

    /** The summary of outcome forms none of which has a total. */
    static OutcomeSummary withoutTotals(int forms) {
        return new OutcomeSummary(forms, OptionalInt.empty(), Optional.empty(), OptionalInt.empty(), Optional.empty(),
                Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.empty());
    }

    /** The value of the cut-off at intake, e.g. 25; empty where none applies. */
    public Optional<BigDecimal> cutoffValue() {
        return cutoff.flatMap(CutoffRule::cutoff);
    }

    /** The reliable change value at intake, e.g. 5; empty where none applies. */
    public Optional<BigDecimal> reliableChangePoints() {
        return reliableChangeRule.map(ReliableChangeRule::points);
    }
}
