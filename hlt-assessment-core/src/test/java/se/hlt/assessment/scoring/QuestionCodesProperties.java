package se.hlt.assessment.scoring;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import se.hlt.assessment.instrument.InstrumentCatalog;
import se.hlt.assessment.instrument.InstrumentDefinition;

/**
 * The check of a whole form's codes (by bit masks for instruments whose codes are small) finds a problem exactly
 * for each code that is neither missing nor accepted by its question, one code at a time: for every built-in
 * instrument, with codes near the edges of the masks (-2, -1, 30, 31, 32) and far beyond them.
 */
class QuestionCodesProperties {

    @Property(tries = 2000)
    void aFormHasAProblemForEachCodeItsQuestionDoesNotAccept(@ForAll("instruments") InstrumentDefinition d,
                                                             @ForAll("codes") List<Integer> drawn) {
        QuestionCodes questions = QuestionCodes.of(d);
        int[] codes = new int[questions.count()];
        List<String> expected = new ArrayList<>();
        for (int q = 0; q < codes.length; q++) {
            codes[q] = drawn.get(q % drawn.size());
            if (codes[q] != PreparedInstrument.MISSING && !questions.accepts(q, codes[q])) {
                expected.add(questions.name(q));
            }
        }
        assertEquals(expected, questions.problems(codes).stream().map(Problem::field).toList());
    }

    @Provide
    Arbitrary<InstrumentDefinition> instruments() {
        return Arbitraries.of(InstrumentCatalog.builtIn().all());
    }

    @Provide
    Arbitrary<List<Integer>> codes() {
        // mostly good codes, so that a form with one bad code among good ones is common
        Arbitrary<Integer> code = Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(20, Arbitraries.integers().between(-1, 3)),
                net.jqwik.api.Tuple.of(3, Arbitraries.integers().between(0, 100)),
                net.jqwik.api.Tuple.of(1, Arbitraries.of(-2, 29, 30, 31, 32, 33, 63, 64, Integer.MAX_VALUE,
                        Integer.MIN_VALUE, -33)));
        return code.list().ofMinSize(1).ofMaxSize(40);
    }
}
