package se.hlt.assessment.scoring;

import java.util.List;
import se.hlt.assessment.instrument.InstrumentDefinition;
import se.hlt.assessment.instrument.Question;
import se.hlt.assessment.instrument.ResponseScale;
import se.hlt.assessment.instrument.ScaleRule;

/**
 * The scales and composites of one instrument definition as index arrays, compiled once: a scale is the answer
 * positions of its items, a composite the positions of its scales among the scales. The arrays are final but
 * shared, not copied: nothing may write to them after compiling.
 */
final class CompiledScales {

    /** The reverse base of an item that is scored as answered. */
    static final int FORWARD = -1;

    /** Per scale, the answer positions of its items. */
    final int[][] items;
    /**
     * Per scale and item, {@link #FORWARD}, or for a reversed item the sum of its lowest and highest codes, so that
     * its points are that base minus the code.
     */
    final int[][] reverseBase;
    /** Per scale, how many items must be answered for it to be prorated rather than missing. */
    final int[] minAnswered;
    /** Per composite, the indexes of the scales it sums. */
    final int[][] compositeParts;
    /** For each composite, the question a form may give it in directly (a total-only record), or -1. */
    final int[] compositeGiven;

    private CompiledScales(InstrumentDefinition d, QuestionCodes questions) {
        List<ScaleRule> scales = d.scales();
        items = new int[scales.size()][];
        reverseBase = new int[scales.size()][];
        minAnswered = new int[scales.size()];
        for (int s = 0; s < scales.size(); s++) {
            ScaleRule rule = scales.get(s);
            items[s] = rule.items().stream().mapToInt(questions::indexOrNull).toArray();
            reverseBase[s] = rule.items().stream().mapToInt(item -> reverseBase(d, item)).toArray();
            minAnswered[s] = rule.minAnswered();
        }
        List<String> scaleNames = scales.stream().map(ScaleRule::name).toList();
        compositeParts = d.composites().stream()
                .map(c -> c.sumOf().stream().mapToInt(scaleNames::indexOf).toArray())
                .toArray(int[][]::new);
        compositeGiven = d.composites().stream()
                .mapToInt(c -> c.givenAs().map(questions::indexOrNull).orElse(-1))
                .toArray();
    }

    /** Compiles the scales and composites of {@code d}, whose questions are {@code questions}. */
    static CompiledScales of(InstrumentDefinition d, QuestionCodes questions) {
        return new CompiledScales(d, questions);
    }

    private static int reverseBase(InstrumentDefinition d, String item) {
        Question q = d.question(item).orElseThrow();
        if (!q.reverse()) {
            return FORWARD;
        }
        ResponseScale rs = d.responsesOf(q);
        return rs.minCode() + rs.maxCode();
    }
}
