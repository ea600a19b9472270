package se.hlt.assessment.series;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import se.hlt.assessment.norms.AlertRules;
import se.hlt.assessment.norms.CutoffRule;
import se.hlt.assessment.norms.MeasureRole;
import se.hlt.assessment.norms.RuleGap;
import se.hlt.assessment.scoring.Score;
import se.hlt.assessment.scoring.ScoreKind;

/**
 * What can be said of one form on its own, the moment it is filled in: the cut-off that applies to its instrument,
 * rater and the child's age, which side of it the total is, and the alerts a single alliance form can raise (its
 * total below the cut-off; a scale below the check-in mark, when that rule is on).
 */
final class FormAssessment {

    private FormAssessment() {
    }

    /** The form as a session of a series, before anything is known of the other sessions. */
    static SessionResult of(ScoredForm f, MeasureRole role, RuleLookup lookup, AlertRules alerts) {
        Optional<CutoffRule> cutoff = lookup.cutoff(f.result().instrument(),
                f.result().informant().orElse(se.hlt.assessment.instrument.Informant.SELF),
                f.result().context().age());
        Optional<BigDecimal> total = f.result().decimal(SessionResult.TOTAL);
        Optional<Boolean> below = Optional.empty();
        if (total.isPresent() && cutoff.flatMap(CutoffRule::cutoff).isPresent()) {
            CutoffRule rule = cutoff.get();
            below = Optional.of(rule.flaggedWhen().flags(total.get(), rule.cutoff().get()));
        }
        List<Alert> raised = new ArrayList<>(0);
        if (role == MeasureRole.ALLIANCE) {
            if (below.orElse(false) && alerts.allianceBelowCutoff().enabled()) {
                raised.add(Alert.of(AlertKind.ALLIANCE_BELOW_CUTOFF, f.session(), total.get(),
                        cutoff.get().cutoff().get()));
            }
            if (alerts.allianceScaleBelow().enabled()) {
                BigDecimal mark = alerts.allianceScaleBelow().points().orElseThrow();
                for (Score scale : f.result().scores()) {
                    if (scale.kind() == ScoreKind.SCALE && scale.decimal().map(v -> v.compareTo(mark) < 0)
                            .orElse(false)) {
                        raised.add(new Alert(AlertKind.ALLIANCE_SCALE_BELOW, f.session(), Optional.of(scale.name()),
                                scale.decimal().get(), mark));
                    }
                }
            }
        }
        // where no rule applies, say whether the age was what was missing: no age is ever assumed
        Optional<RuleGap> gap = cutoff.isPresent() ? Optional.empty()
                : lookup.cutoffGap(f.result().instrument(),
                        f.result().informant().orElse(se.hlt.assessment.instrument.Informant.SELF),
                        f.result().context().age());
        return new SessionResult(f.row(), f.session(), f.date(), role, f.result(), cutoff, gap, below,
                Optional.empty(), Optional.empty(), raised.isEmpty() ? List.of() : raised);
    }
}
