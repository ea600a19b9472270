package se.hlt.assessment.scoring;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import se.hlt.assessment.instrument.InstrumentDefinition;

/**
 * A random form of one built-in instrument, held as the engine's answer array (question order,
 * {@link PreparedInstrument#MISSING} where unanswered), and convertible to a {@link Form} for the public API.
 *
 * @param instrument the compiled instrument the form is for
 * @param codes one code per question; never modified (every change makes a copy)
 */
record GeneratedForm(PreparedInstrument instrument, int[] codes) {

    /** The instrument's definition. */
    InstrumentDefinition definition() {
        return instrument.definition();
    }

    /** The position of a question in {@link #codes()}. */
    int indexOf(String question) {
        return instrument.indexOf(question).orElseThrow(() -> new IllegalArgumentException(question));
    }

    /** The code given for a question, or {@link PreparedInstrument#MISSING}. */
    int code(String question) {
        return codes[indexOf(question)];
    }

    /** A copy of this form with one answer changed ({@link PreparedInstrument#MISSING} to leave it out). */
    GeneratedForm with(String question, int code) {
        int[] copy = codes.clone();
        copy[indexOf(question)] = code;
        return new GeneratedForm(instrument, copy);
    }

    /** A copy of this form with several questions left out. */
    GeneratedForm without(List<String> questions) {
        GeneratedForm form = this;
        for (String question : questions) {
            form = form.with(question, PreparedInstrument.MISSING);
        }
        return form;
    }

    /** The answers by question name, unanswered questions left out, as a caller of the public API gives them. */
    Map<String, Integer> answers() {
        Map<String, Integer> answers = new LinkedHashMap<>();
        List<String> names = instrument.questionNames();
        for (int q = 0; q < codes.length; q++) {
            if (codes[q] != PreparedInstrument.MISSING) {
                answers.put(names.get(q), codes[q]);
            }
        }
        return answers;
    }

    /** This form for {@link Scorer#score(Form)}. */
    Form toForm() {
        return Form.of(definition().id(), answers());
    }

    /** Scores the answer array directly, as the batch path does. */
    FormResult scoreArray() {
        return instrument.score(codes.clone(), FormContext.none());
    }

    @Override
    public String toString() {
        return definition().id() + " " + answers();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof GeneratedForm f && f.instrument == instrument && Arrays.equals(f.codes, codes);
    }

    @Override
    public int hashCode() {
        return 31 * instrument.hashCode() + Arrays.hashCode(codes);
    }
}
