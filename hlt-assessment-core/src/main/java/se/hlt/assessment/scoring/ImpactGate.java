package se.hlt.assessment.scoring;

import java.util.Optional;
import se.hlt.assessment.instrument.ImpactRule;
import se.hlt.assessment.instrument.InstrumentDefinition;

/**
 * The impact rule of one instrument definition, compiled once: the impact items with the points each code gives,
 * and the gate question whose answer ("no difficulties") forces the impact score to zero. A definition without an
 * impact rule compiles to a gate of -1, and then no impact score is given.
 */
final class ImpactGate {

    /** The answer positions of the impact items. */
    final int[] items;
    /** Per impact item, the points of each code (a code the recoding does not name gives none). */
    final int[][] points;
    /** The answer position of the gate question, or -1 when the definition has no impact rule. */
    final int gate;
    /** Per code of the gate question, whether that answer makes the impact score zero whatever else is answered. */
    final boolean[] forcesZero;
    /** Whether an unanswered impact item counts as no impact, rather than leaving the score missing. */
    final boolean missingCountsAsZero;

    private ImpactGate(InstrumentDefinition d, QuestionCodes questions) {
        Optional<ImpactRule> impact = d.impact();
        items = impact.map(i -> i.items().stream().mapToInt(questions::indexOrNull).toArray()).orElse(new int[0]);
        points = new int[items.length][];
        for (int i = 0; i < items.length; i++) {
            points[i] = pointsTable(impact.orElseThrow(), questions.maxCode(items[i]) + 1);
        }
        gate = impact.map(i -> questions.indexOrNull(i.gate().question())).orElse(-1);
        forcesZero = gate < 0 ? new boolean[0] : new boolean[questions.maxCode(gate) + 1];
        impact.ifPresent(i -> i.gate().forcesZeroWhen().stream()
                .filter(c -> c < forcesZero.length).forEach(c -> forcesZero[c] = true));
        missingCountsAsZero = impact.map(ImpactRule::missingCountsAsZero).orElse(true);
    }

    /** Compiles the impact rule of {@code d}, if it has one. */
    static ImpactGate of(InstrumentDefinition d, QuestionCodes questions) {
        return new ImpactGate(d, questions);
    }

    private static int[] pointsTable(ImpactRule rule, int codes) {
        int[] points = new int[codes];
        rule.recode().forEach((code, p) -> {
            if (code < codes) {
                points[code] = p;
            }
        });
        return points;
    }
}
