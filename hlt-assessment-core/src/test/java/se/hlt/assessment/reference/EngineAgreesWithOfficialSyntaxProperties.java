package se.hlt.assessment.reference;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.EdgeCasesMode;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.statistics.Statistics;
import net.jqwik.api.statistics.StatisticsReport;
import se.hlt.assessment.reference.OfficialSdqSyntax.Version;
import se.hlt.assessment.scoring.Form;
import se.hlt.assessment.scoring.FormResult;
import se.hlt.assessment.scoring.Score;
import se.hlt.assessment.scoring.Scorer;
import se.hlt.assessment.scoring.Status;

/**
 * The engine, driven by the definition files, must give exactly the scores of the official syntax
 * ({@link OfficialSdqSyntax}) on random forms of every informant, version and timepoint, with each answer
 * independently missing at a rate drawn per form between 0 and 60%.
 */
@StatisticsReport(StatisticsReport.StatisticsReportMode.OFF) // the coverage is checked, not printed
class EngineAgreesWithOfficialSyntaxProperties {

    private static final int TRIES = 2000;
    private static final double MOST_MISSING = 0.6;

    private final Scorer engine = Scorer.builtIn();

    @Property(tries = TRIES, edgeCases = EdgeCasesMode.NONE)
    void parentForms(@ForAll("parent") SdqForm form) {
        assertEngineAgrees(form);
    }

    @Property(tries = TRIES, edgeCases = EdgeCasesMode.NONE)
    void teacherForms(@ForAll("teacher") SdqForm form) {
        assertEngineAgrees(form);
    }

    @Property(tries = TRIES, edgeCases = EdgeCasesMode.NONE)
    void selfReportForms(@ForAll("self") SdqForm form) {
        assertEngineAgrees(form);
    }

    private void assertEngineAgrees(SdqForm form) {
        FormResult result = engine.score(Form.of(form.instrumentId(), form.answers()));
        assertTrue(result.isValid(), () -> "the engine refused the form: " + result.problems());

        Map<String, Integer> official = OfficialSdqSyntax.score(form.prefix(), form.itemSet(), form.prefixed());
        Map<String, OptionalInt> expected = new LinkedHashMap<>();
        for (String name : OfficialSdqSyntax.SCORES) {
            Integer value = official.get(form.prefix() + name);
            expected.put(name, value == null ? OptionalInt.empty() : OptionalInt.of(value));
        }
        Map<String, OptionalInt> actual = new LinkedHashMap<>();
        for (Score score : result.scores()) {
            actual.put(score.name(), score.value());
        }
        assertEquals(expected, actual, () -> "scores of " + form);

        requireBothWays("a scale prorated", !result.proratedScales().isEmpty());
        requireBothWays("a scale missing", result.status() == Status.INCOMPLETE);
        requireBothWays("impact missing", result.value("impact").isEmpty());
        requireBothWays("ebddiff says no", Integer.valueOf(0).equals(form.answers().get("ebddiff")));
    }

    /**
     * Counts how often a case occurs, and fails the property if it is rarer than 5% or commoner than 95% of the
     * forms: the agreement means little unless the generator reaches every rule of the syntax.
     */
    private static void requireBothWays(String label, boolean happened) {
        Statistics.label(label).collect(happened);
        Statistics.label(label).coverage(coverage -> {
            coverage.check(true).percentage(p -> p >= 5);
            coverage.check(false).percentage(p -> p >= 5);
        });
    }

    @Provide
    Arbitrary<SdqForm> parent() {
        return forms("parent", List.of("2-4", "4-17"));
    }

    @Provide
    Arbitrary<SdqForm> teacher() {
        return forms("teacher", List.of("2-4", "4-17"));
    }

    @Provide
    Arbitrary<SdqForm> self() {
        return forms("self", List.of("11-17"));
    }

    private static Arbitrary<SdqForm> forms(String informant, List<String> versions) {
        return Combinators.combine(
                        Arbitraries.of(versions),
                        Arbitraries.of("baseline", "followup"),
                        missingRates(),
                        impactItemsLeftBlank())
                .flatAs((version, timepoint, missingRate, impactBlank) ->
                        answers(questions(informant, version, timepoint, impactBlank), missingRate)
                                .map(answers -> new SdqForm(informant, version, timepoint, answers)));
    }

    /**
     * Whether the form leaves every impact item blank, as a respondent does who skips the follow-on questions:
     * one form in five. Random gaps alone would almost never leave all of them blank with the gate not saying no,
     * the case where the impact score is missing.
     */
    private static Arbitrary<Boolean> impactItemsLeftBlank() {
        return Arbitraries.frequencyOf(Tuple.of(1, Arbitraries.just(true)), Tuple.of(4, Arbitraries.just(false)));
    }

    /**
     * How often answers are left out, per form: one form in ten is complete, the others miss each answer with a
     * probability between 0 and 60%. (Edge cases are off: combined over 30-odd questions they would fill every
     * try with near-identical forms.)
     */
    private static Arbitrary<Double> missingRates() {
        return Arbitraries.frequencyOf(
                Tuple.of(1, Arbitraries.just(0.0)),
                Tuple.of(9, Arbitraries.doubles().between(0, MOST_MISSING)));
    }

    /**
     * Every question a form may answer and its highest code, typed in from the specification, not read from the
     * definitions: the 25 items (0-2), ebddiff (0-3), the informant's impact items (0-3) unless left blank, and the
     * questions that are never scored (chronic on baseline forms, fureduc and fuhelp on follow-up forms, burden on
     * all), which must not change any score.
     */
    private static Map<String, Integer> questions(String informant, String version, String timepoint,
                                                  boolean impactBlank) {
        Map<String, Integer> highestCode = new LinkedHashMap<>();
        Version items = version.equals("2-4") ? Version.AGE_2_4 : Version.AGE_4_17;
        OfficialSdqSyntax.items(items).forEach(item -> highestCode.put(item, 2));
        highestCode.put("ebddiff", 3);
        if (!impactBlank) {
            OfficialSdqSyntax.impactItems(prefixOf(informant)).forEach(item -> highestCode.put(item, 3));
        }
        highestCode.put("burden", 3);
        if (timepoint.equals("baseline")) {
            highestCode.put("chronic", 3);
        } else {
            highestCode.put("fureduc", 4);
            highestCode.put("fuhelp", 3);
        }
        return highestCode;
    }

    private static Arbitrary<Map<String, Integer>> answers(Map<String, Integer> highestCode, double missingRate) {
        List<String> names = new ArrayList<>(highestCode.keySet());
        List<Arbitrary<Integer>> codes = new ArrayList<>();
        for (String name : names) {
            codes.add(Arbitraries.integers().between(0, highestCode.get(name)).injectNull(missingRate));
        }
        return Combinators.combine(codes).as(values -> {
            Map<String, Integer> answers = new LinkedHashMap<>();
            for (int i = 0; i < names.size(); i++) {
                if (values.get(i) != null) {
                    answers.put(names.get(i), values.get(i));
                }
            }
            return answers;
        });
    }

    private static String prefixOf(String informant) {
        return informant.substring(0, 1);
    }

    /** One generated form: which SDQ it is, and the answers given (an unanswered question is absent). */
    record SdqForm(String informant, String version, String timepoint, Map<String, Integer> answers) {

        String instrumentId() {
            return "sdq-" + prefix() + "-" + version + "-" + timepoint;
        }

        String prefix() {
            return prefixOf(informant);
        }

        Version itemSet() {
            return version.equals("2-4") ? Version.AGE_2_4 : Version.AGE_4_17;
        }

        /** The answers under the official syntax's variable names, e.g. {@code pconsid}. */
        Map<String, Integer> prefixed() {
            Map<String, Integer> data = new HashMap<>();
            answers.forEach((name, code) -> data.put(prefix() + name, code));
            return data;
        }
    }
}
