package se.hlt.assessment.series;

import se.hlt.assessment.comparison.ChangeStatus;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import se.hlt.assessment.norms.AlertRule;
import se.hlt.assessment.norms.CutoffRule;
import se.hlt.assessment.norms.ReliableChangeRule;

/**
 * One rater's outcome forms taken together: change since intake at each session, the reliable change status, a
 * clinically significant improvement, the early-change signal, and the user's expected treatment response.
 */
final class OutcomeAssessment {

    /**
     * The outcome sessions with their change and alerts, and the summary.
     *
     * @param sessions the sessions, in session order
     * @param summary what they say about change
     */
    record Outcome(List<SessionResult> sessions, OutcomeSummary summary) {
    }

    private OutcomeAssessment() {
    }

    /**
     * Assesses one rater's outcome forms.
     *
     * @param forms the forms assessed on their own, in session order
     */
    static Outcome of(List<SessionResult> forms, RuleLookup lookup, AlertRule earlyChange,
                      Optional<ExpectedResponse> expected) {
        SessionResult first = null;
        for (SessionResult s : forms) {
            if (s.total().isPresent()) {
                first = s;
                break;
            }
        }
        if (first == null) {
            return new Outcome(forms, OutcomeSummary.withoutTotals(forms.size()));
        }
        BigDecimal intakeTotal = first.total().get();
        Optional<ReliableChangeRule> rci = lookup.reliableChange(first.instrument(), first.rater(),
                first.form().context().age());
        Optional<BigDecimal> points = rci.map(ReliableChangeRule::points);

        List<SessionResult> assessed = new ArrayList<>(forms.size());
        boolean earlySignalDone = false;
        SessionResult latest = first;
        int totals = 0;
        for (SessionResult s : forms) {
            if (s.total().isEmpty()) {
                assessed.add(s);
                continue;
            }
            totals++;
            latest = s;
            BigDecimal total = s.total().get();
            BigDecimal change = total.subtract(intakeTotal);
            Optional<Expectation> expectation = expected.flatMap(t -> t.expectation(intakeTotal, s.session(), total));
            List<Alert> alerts = s.alerts().isEmpty() ? new ArrayList<>(0) : new ArrayList<>(s.alerts());
            if (!earlySignalDone && earlyChange.enabled() && points.isPresent() && s.session() > first.session()
                    && s.session() >= earlyChange.bySession().orElse(Integer.MAX_VALUE)) {
                earlySignalDone = true; // judged once, at the first outcome total from that session on
                if (ReliableChangeOfTotals.of(change, points.get()) != ChangeStatus.IMPROVED) {
                    alerts.add(Alert.of(AlertKind.NO_EARLY_CHANGE, s.session(), change, points.get()));
                }
            }
            expectation.filter(e -> !e.onTrack()).ifPresent(e ->
                    alerts.add(Alert.of(AlertKind.BELOW_EXPECTED, s.session(), total, e.lower())));
            assessed.add(s.withChange(Optional.of(change), expectation, alerts.isEmpty() ? List.of() : alerts));
        }
        BigDecimal latestTotal = latest.total().get();
        BigDecimal change = latestTotal.subtract(intakeTotal);
        Optional<ChangeStatus> status = totals >= 2 ? points.map(p -> ReliableChangeOfTotals.of(change, p))
                : Optional.empty();
        Optional<CutoffRule> cutoff = first.cutoff();
        Optional<Boolean> significant = Optional.empty();
        if (status.isPresent() && cutoff.flatMap(CutoffRule::cutoff).isPresent()) {
            CutoffRule rule = cutoff.get();
            BigDecimal value = rule.cutoff().get();
            significant = Optional.of(status.get() == ChangeStatus.IMPROVED
                    && rule.flaggedWhen().flags(intakeTotal, value) && !rule.flaggedWhen().flags(latestTotal, value));
        }
        OutcomeSummary summary = new OutcomeSummary(forms.size(), OptionalInt.of(first.session()),
                Optional.of(intakeTotal), OptionalInt.of(latest.session()), Optional.of(latestTotal),
                Optional.of(change), cutoff, rci, rci.isPresent() ? Optional.empty()
                        : lookup.reliableChangeGap(first.instrument(), first.rater(), first.form().context().age()),
                status, significant);
        return new Outcome(List.copyOf(assessed), summary);
    }
}
