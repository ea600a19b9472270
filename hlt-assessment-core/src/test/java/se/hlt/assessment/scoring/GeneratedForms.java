package se.hlt.assessment.scoring;

import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Tuple;
import se.hlt.assessment.instrument.InstrumentDefinition;
import se.hlt.assessment.instrument.Question;
import se.hlt.assessment.instrument.ResponseOption;

/**
 * Random forms of the built-in instruments for the scoring properties. Each answer is one of its question's codes,
 * or left out; how often answers are left out is drawn per form, so that complete, thinly and heavily answered
 * forms all occur.
 */
final class GeneratedForms {

    /** The most answers a form leaves out, on average. */
    static final double MOST_MISSING = 0.6;

    private GeneratedForms() {
    }

    /** Every built-in SDQ version, compiled (the properties are the SDQ's; the ORS family has its own). */
    static List<PreparedInstrument> instruments() {
        Scorer scorer = Scorer.builtIn();
        return scorer.instruments().all().stream()
                .filter(d -> d.family().equals("sdq"))
                .map(d -> scorer.prepared(d.id()).orElseThrow())
                .toList();
    }

    /** Forms of any built-in instrument; one in ten complete, the others missing up to 60% of their answers. */
    static Arbitrary<GeneratedForm> any() {
        return Combinators.combine(Arbitraries.of(instruments()), missingRates()).flatAs(GeneratedForms::of);
    }

    /** How often a form leaves an answer out: never for one form in ten, otherwise 0 to 60% of the time. */
    static Arbitrary<Double> missingRates() {
        return Arbitraries.frequencyOf(
                Tuple.of(1, Arbitraries.just(0.0)),
                Tuple.of(9, Arbitraries.doubles().between(0, MOST_MISSING)));
    }

    /** Forms of any built-in instrument with every question answered. */
    static Arbitrary<GeneratedForm> complete() {
        return Arbitraries.of(instruments()).flatMap(instrument -> of(instrument, 0.0));
    }

    /** Forms of {@code instrument} that leave each answer out with probability {@code missingRate}. */
    static Arbitrary<GeneratedForm> of(PreparedInstrument instrument, double missingRate) {
        InstrumentDefinition d = instrument.definition();
        List<Arbitrary<Integer>> answers = new ArrayList<>();
        for (Question q : d.questions()) {
            answers.add(codesOf(d, q).injectNull(missingRate));
        }
        return Combinators.combine(answers).as(values -> {
            int[] codes = new int[values.size()];
            for (int i = 0; i < codes.length; i++) {
                codes[i] = values.get(i) == null ? PreparedInstrument.MISSING : values.get(i);
            }
            return new GeneratedForm(instrument, codes);
        });
    }

    /** The codes a question accepts, as its definition lists them. */
    static Arbitrary<Integer> codesOf(InstrumentDefinition d, Question q) {
        return Arbitraries.of(d.responsesOf(q).options().stream().map(ResponseOption::code).toList());
    }
}
