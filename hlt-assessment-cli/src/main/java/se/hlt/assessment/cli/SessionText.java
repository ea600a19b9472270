package se.hlt.assessment.cli;

import java.io.PrintWriter;
import java.math.BigDecimal;
import java.util.Locale;
import java.util.Optional;
import se.hlt.assessment.instrument.AgeRange;
import se.hlt.assessment.norms.CutoffComparison;
import se.hlt.assessment.norms.CutoffRule;
import se.hlt.assessment.norms.MeasureRole;
import se.hlt.assessment.norms.RuleGap;
import se.hlt.assessment.series.Alert;
import se.hlt.assessment.series.OutcomeSummary;
import se.hlt.assessment.series.SessionResult;

/**
 * What one ORS/SRS-family form says beyond its scores, in the chosen language: the cut-off that applies to it and
 * which side of it the total is. Also the pieces the series text shares: cut-off lines, alerts, rater names.
 */
public final class SessionText {

    private final Messages m;
    private final Locale locale;

    public SessionText(Messages messages) {
        this.m = messages;
        this.locale = messages.locale();
    }

    /** Prints the cut-off line and where the total lies, after a form's scores. */
    void print(SessionResult s, PrintWriter out) {
        out.println(cutoffLine(s));
        if (s.total().isPresent() && s.belowCutoff().isPresent()) {
            String key = s.role() == MeasureRole.OUTCOME
                    ? (s.belowCutoff().get() ? "session.clinical" : "session.not_clinical")
                    : (s.belowCutoff().get() ? "session.alliance_alert" : "session.alliance_ok");
            out.println(m.get(key, number(s.total().get())));
        }
        for (Alert a : s.alerts()) {
            out.println(m.get("warning") + ": " + alert(a));
        }
    }

    /** One line saying which cut-off applies to form {@code s}, and its source, or why none does. */
    public String cutoffLine(SessionResult s) {
        return cutoffLine(s.cutoff(), s.cutoffGap(), s.instrument(), s.rater().code(), s.role());
    }

    /**
     * One line saying which cut-off applies to a form of {@code instrument} by {@code rater}, and its source; where
     * none does, whether the age was what was missing ({@code gap}), since no age is assumed.
     */
    public String cutoffLine(Optional<CutoffRule> rule, Optional<RuleGap> gap, String instrument, String rater,
                             MeasureRole role) {
        String form = instrument.toUpperCase(Locale.ROOT);
        String who = m.get("informant." + rater);
        if (rule.isEmpty()) {
            return m.get(gap.orElse(RuleGap.NO_RULE) == RuleGap.AGE_NOT_GIVEN ? "series.cutoff.no_age"
                    : "series.cutoff.missing", form, who);
        }
        CutoffRule r = rule.get();
        String confidence = m.get("confidence." + r.source().confidence().code());
        if (r.cutoff().isEmpty()) {
            return m.get("series.cutoff.none", form, confidence);
        }
        String side = m.get(r.flaggedWhen() == CutoffComparison.BELOW ? "series.below" : "series.at_or_below");
        return m.get(role == MeasureRole.OUTCOME ? "series.cutoff.outcome" : "series.cutoff.alliance", side,
                number(r.cutoff().get()), form, who, ages(r.ages()), confidence);
    }

    /** The line on the reliable change value at intake, or why none applies (no age is assumed). */
    public String reliableChangeLine(OutcomeSummary o) {
        return o.reliableChangeRule().map(r -> m.get("series.rci", number(r.points()),
                        m.get("confidence." + r.source().confidence().code())))
                .orElse(m.get(o.reliableChangeGap().orElse(RuleGap.NO_RULE) == RuleGap.AGE_NOT_GIVEN
                        ? "series.rci.no_age" : "series.rci.missing"));
    }

    /** An age range as text, e.g. age 13-17. */
    String ages(Optional<AgeRange> ages) {
        if (ages.isEmpty()) {
            return m.get("series.ages.any");
        }
        AgeRange a = ages.get();
        return a.max() >= 120 ? m.get("series.ages.from", a.min()) : m.get("series.ages", a.min(), a.max());
    }

    /** An alert in the chosen language, with its numbers. */
    public String alert(Alert a) {
        return m.get("alert." + a.kind().code(), number(a.value()), number(a.threshold()), a.scale().orElse(""));
    }

    /** A number in the chosen language, e.g. 18,3. */
    public String number(BigDecimal value) {
        return Numbers.text(value, locale);
    }
}
