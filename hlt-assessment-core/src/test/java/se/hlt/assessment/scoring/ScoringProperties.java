package se.hlt.assessment.scoring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.EdgeCasesMode;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.PropertyDefaults;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.Tuple.Tuple2;
import se.hlt.assessment.instrument.Informant;
import se.hlt.assessment.instrument.ScaleRule;

/**
 * Properties of the scores themselves: their ranges, proration, rounding and what makes them missing. The expected
 * numbers (maxima, the reverse-keyed items, which composites use which scale) are typed in from sdq.md, never read
 * from the definitions, so that a wrong definition fails here too.
 */
@PropertyDefaults(tries = 500, edgeCases = EdgeCasesMode.NONE)
class ScoringProperties {

    /** sdq.md section 1: exactly these five items are reverse-keyed. */
    private static final Set<String> REVERSED = Set.of("obeys", "friend", "popular", "reflect", "attends");

    /** The five scales, in a fixed order so that a seed reproduces its forms (a Map.of key set has none). */
    private static final List<String> SCALES = List.of("emotion", "conduct", "hyper", "peer", "prosoc");

    /** sdq.md section 3: the composites that add up each scale. */
    private static final Map<String, List<String>> COMPOSITES_USING = Map.of(
            "emotion", List.of("ebdtot", "intern"),
            "conduct", List.of("ebdtot", "extern"),
            "hyper", List.of("ebdtot", "extern"),
            "peer", List.of("ebdtot", "intern"),
            "prosoc", List.of());

    private final Scorer scorer = Scorer.builtIn();

    /** sdq.md sections 2 to 4: the highest possible value of each score. */
    private static int specifiedMax(Informant informant, String score) {
        switch (score) {
            case "emotion": case "conduct": case "hyper": case "peer": case "prosoc": return 10;
            case "ebdtot": return 40;
            case "extern": case "intern": return 20;
            case "impact": return informant == Informant.TEACHER ? 6 : 10;
            default: throw new AssertionError("a score sdq.md does not name: " + score);
        }
    }

    @Property
    void everyScoreHasTheSpecifiedMaximumAndStaysWithinIt(@ForAll("anyForm") GeneratedForm form) {
        FormResult result = scorer.score(form.toForm());
        assertEquals(List.of("emotion", "conduct", "hyper", "peer", "prosoc", "ebdtot", "extern", "intern",
                "impact"), result.scores().stream().map(Score::name).toList());
        for (Score score : result.scores()) {
            assertEquals(specifiedMax(form.definition().informant(), score.name()), score.max(), score.name());
            score.value().ifPresent(v ->
                    assertTrue(v >= 0 && v <= score.max(), score.name() + " = " + v + " of " + score.max()));
        }
    }

    @Property
    void answeringOneMoreQuestionNeverTakesAScoreAway(@ForAll("formAndOneMoreAnswer")
                                                       Tuple2<GeneratedForm, GeneratedForm> beforeAndAfter) {
        FormResult before = beforeAndAfter.get1().scoreArray();
        FormResult after = beforeAndAfter.get2().scoreArray();
        for (Score score : before.scores()) {
            if (score.isPresent()) {
                assertTrue(after.score(score.name()).orElseThrow().isPresent(), score.name() + " went missing");
            }
        }
        // COMPLETE, PRORATED, INCOMPLETE: an extra answer can only move a form towards COMPLETE
        assertTrue(after.status().compareTo(before.status()) <= 0, before.status() + " became " + after.status());
    }

    @Property
    void withEveryItemAnsweredEachScaleIsThePlainSumOfItsItemScores(@ForAll("completeForm") GeneratedForm form) {
        FormResult result = form.scoreArray();
        assertEquals(Status.COMPLETE, result.status());
        assertEquals(List.of(), result.proratedScales());
        for (ScaleRule scale : form.definition().scales()) {
            int sum = 0;
            for (String item : scale.items()) {
                int code = form.code(item);
                sum += REVERSED.contains(item) ? 2 - code : code;
            }
            Score score = result.score(scale.name()).orElseThrow();
            assertEquals(sum, score.value().orElseThrow(), scale.name());
            assertEquals(5, score.answered(), scale.name());
            assertFalse(score.prorated(), scale.name());
        }
    }

    @Property
    void fourOfFiveItemsProrateToTheHalfUpRoundingOfFiveQuartersOfTheSum(
            @ForAll("fourOfFiveAnswered") Tuple2<GeneratedForm, String> formAndScale) {
        GeneratedForm form = formAndScale.get1();
        Score score = form.scoreArray().score(formAndScale.get2()).orElseThrow();
        int sum = itemScoreSum(form, formAndScale.get2());
        // R's floor(0.5 + x): sum * 5 / 4 is a multiple of 0.25, exact in a double
        int halfUp = (int) Math.floor(0.5 + sum * 5 / 4.0);
        assertEquals(halfUp, score.value().orElseThrow(), "raw sum " + sum);
        assertEquals(4, score.answered());
        assertTrue(score.prorated());
    }

    @Example
    void aRawSumOfTwoFromFourItemsIsThreeNotTwo() {
        // 2 * 5 / 4 = 2.5: half up gives 3, half-even would give 2
        assertEquals(3, emotionFromFourItems(1, 1, 0, 0));
    }

    @Example
    void aRawSumOfSixFromFourItemsIsEight() {
        // 6 * 5 / 4 = 7.5 -> 8
        assertEquals(8, emotionFromFourItems(2, 2, 1, 1));
    }

    @Property
    void threeOrFourItemsProrateToTheRoundedMeanTimesFive(@ForAll("anyForm") GeneratedForm form) {
        FormResult result = form.scoreArray();
        for (ScaleRule scale : form.definition().scales()) {
            Score score = result.score(scale.name()).orElseThrow();
            int answered = (int) scale.items().stream().filter(i -> form.code(i) != PreparedInstrument.MISSING)
                    .count();
            assertEquals(answered, score.answered(), scale.name());
            if (answered == 3 || answered == 4) {
                double meanTimesFive = (double) itemScoreSum(form, scale.name()) / answered * 5;
                assertEquals((int) Math.floor(0.5 + meanTimesFive), score.value().orElseThrow(), scale.name());
                assertTrue(score.prorated(), scale.name());
            }
        }
    }

    @Property
    void twoOrFewerItemsLeaveTheScaleAndEveryCompositeUsingItMissing(
            @ForAll("twoOrFewerAnswered") Tuple2<GeneratedForm, String> formAndScale) {
        FormResult result = formAndScale.get1().scoreArray();
        String scale = formAndScale.get2();
        assertFalse(result.score(scale).orElseThrow().isPresent(), scale);
        for (String composite : COMPOSITES_USING.get(scale)) {
            assertFalse(result.score(composite).orElseThrow().isPresent(), composite + " without " + scale);
        }
        assertEquals(Status.INCOMPLETE, result.status());
    }

    private int emotionFromFourItems(int somatic, int worries, int unhappy, int clingy) {
        FormResult result = scorer.score(Form.of("sdq-p-4-17-baseline",
                Map.of("somatic", somatic, "worries", worries, "unhappy", unhappy, "clingy", clingy)));
        return result.value("emotion").orElseThrow();
    }

    /** The sum of the answered items' scores, reverse keying applied, of one scale. */
    private static int itemScoreSum(GeneratedForm form, String scaleName) {
        int sum = 0;
        for (String item : scale(form, scaleName).items()) {
            int code = form.code(item);
            if (code != PreparedInstrument.MISSING) {
                sum += REVERSED.contains(item) ? 2 - code : code;
            }
        }
        return sum;
    }

    private static ScaleRule scale(GeneratedForm form, String name) {
        return scale(form.instrument(), name);
    }

    private static ScaleRule scale(PreparedInstrument instrument, String name) {
        return instrument.definition().scales().stream().filter(s -> s.name().equals(name)).findFirst()
                .orElseThrow();
    }

    @Provide
    Arbitrary<GeneratedForm> anyForm() {
        return GeneratedForms.any();
    }

    @Provide
    Arbitrary<GeneratedForm> completeForm() {
        return GeneratedForms.complete();
    }

    /** A form, and the same form with one of its unanswered questions answered. */
    @Provide
    Arbitrary<Tuple2<GeneratedForm, GeneratedForm>> formAndOneMoreAnswer() {
        return GeneratedForms.any()
                .filter(form -> form.answers().size() < form.codes().length)
                .flatMap(form -> {
                    List<String> unanswered = new ArrayList<>(form.instrument().questionNames());
                    unanswered.removeAll(form.answers().keySet());
                    return Arbitraries.of(unanswered).flatMap(question ->
                            GeneratedForms.codesOf(form.definition(), form.definition().question(question)
                                    .orElseThrow()).map(code -> Tuple.of(form, form.with(question, code))));
                });
    }

    /** A form whose chosen scale has exactly four of its five items answered (other scales as they come). */
    @Provide
    Arbitrary<Tuple2<GeneratedForm, String>> fourOfFiveAnswered() {
        return withScaleAnsweredBy(Arbitraries.just(4));
    }

    /** A form whose chosen scale has at most two of its five items answered. */
    @Provide
    Arbitrary<Tuple2<GeneratedForm, String>> twoOrFewerAnswered() {
        return withScaleAnsweredBy(Arbitraries.integers().between(0, 2));
    }

    /**
     * A random form with one scale's answers replaced: {@code answered} of its items answered at random, the
     * others left out.
     */
    private static Arbitrary<Tuple2<GeneratedForm, String>> withScaleAnsweredBy(Arbitrary<Integer> answeredCounts) {
        return Combinators.combine(Arbitraries.of(GeneratedForms.instruments()),
                        Arbitraries.of(SCALES), answeredCounts, GeneratedForms.missingRates())
                .flatAs((instrument, scaleName, answered, missingRate) -> {
                    List<String> items = scale(instrument, scaleName).items();
                    return Combinators.combine(
                                    GeneratedForms.of(instrument, missingRate),
                                    GeneratedForms.of(instrument, 0.0),
                                    Arbitraries.subsetOf(items).ofSize(items.size() - answered))
                            .as((rest, complete, left) -> Tuple.of(
                                    mergeScale(rest, complete, items).without(List.copyOf(left)), scaleName));
                });
    }

    /** {@code rest} with the items of one scale answered as in {@code complete}. */
    private static GeneratedForm mergeScale(GeneratedForm rest, GeneratedForm complete, List<String> items) {
        GeneratedForm merged = rest;
        for (String item : items) {
            merged = merged.with(item, complete.code(item));
        }
        return merged;
    }
}
