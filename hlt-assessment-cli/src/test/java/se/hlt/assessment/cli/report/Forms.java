package se.hlt.assessment.cli.report;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import se.hlt.assessment.instrument.InstrumentDefinition;
import se.hlt.assessment.instrument.Question;
import se.hlt.assessment.instrument.Sex;
import se.hlt.assessment.scoring.Form;
import se.hlt.assessment.scoring.FormContext;
import se.hlt.assessment.scoring.FormResult;
import se.hlt.assessment.scoring.Scorer;

/** Scored forms for the report's tests, typed as hlt enter takes them: the 25 items as one string. */
final class Forms {

    /** Baseline parent form: conduct 8 (abnormal), prosocial 3 (abnormal), total 18. */
    static final String T1_ITEMS = "0121201210210120121012101";
    /** Follow-up: conduct 7, prosocial 5 (borderline), peer problems up by 1. */
    static final String T2_ITEMS = "2121211210210110111012102";

    private Forms() {
    }

    /** A scored form of {@code instrument} for child {@code id}, items as typed, plus further answers. */
    static ScoredForm scored(String instrument, String id, String items, Map<String, Integer> more) {
        return scored(instrument, items, more, FormContext.none().withId(id).withAge(9).withSex(Sex.FEMALE));
    }

    /** A scored form of {@code instrument} with {@code context}, items as typed, plus further answers. */
    static ScoredForm scored(String instrument, String items, Map<String, Integer> more, FormContext context) {
        Scorer scorer = Scorer.builtIn();
        InstrumentDefinition d = scorer.instruments().find(instrument).orElseThrow();
        Map<String, Integer> answers = new LinkedHashMap<>();
        List<Question> numbered = d.questions().stream().filter(q -> q.number().isPresent()).toList();
        for (int i = 0; i < items.length(); i++) {
            if (items.charAt(i) != '.') {
                answers.put(numbered.get(i).name(), items.charAt(i) - '0');
            }
        }
        answers.putAll(more);
        FormResult result = scorer.score(Form.of(instrument, answers, context));
        return new ScoredForm(instrument + ".json", result, d);
    }

    static ScoredForm baseline(String id) {
        return scored("sdq-p-4-17-baseline", id, T1_ITEMS, Map.of("ebddiff", 2, "distres", 3, "imphome", 2));
    }

    /** A parent baseline of a 9-year-old whose sex is not given: no norms table of SDs fits. */
    static ScoredForm baselineWithoutSex(String id) {
        return scored("sdq-p-4-17-baseline", T1_ITEMS, Map.of("ebddiff", 2, "distres", 3, "imphome", 2),
                FormContext.none().withId(id).withAge(9));
    }

    /** The follow-up of {@link #baselineWithoutSex}. */
    static ScoredForm followUpWithoutSex(String id) {
        return scored("sdq-p-4-17-followup", T2_ITEMS, Map.of("ebddiff", 1, "fureduc", 3),
                FormContext.none().withId(id).withAge(9));
    }

    /** {@link #baseline} filled in on {@code date}. */
    static ScoredForm baseline(String id, java.time.LocalDate date) {
        return scored("sdq-p-4-17-baseline", T1_ITEMS, Map.of("ebddiff", 2, "distres", 3, "imphome", 2),
                FormContext.none().withId(id).withAge(9).withSex(Sex.FEMALE).withDate(date));
    }

    /** {@link #followUp} filled in on {@code date}, with both follow-up questions answered. */
    static ScoredForm followUp(String id, java.time.LocalDate date) {
        return scored("sdq-p-4-17-followup", T2_ITEMS, Map.of("ebddiff", 1, "fureduc", 3, "fuhelp", 2),
                FormContext.none().withId(id).withAge(9).withSex(Sex.FEMALE).withDate(date));
    }

    static ScoredForm followUp(String id) {
        return scored("sdq-p-4-17-followup", id, T2_ITEMS, Map.of("ebddiff", 1, "fureduc", 3));
    }
}
