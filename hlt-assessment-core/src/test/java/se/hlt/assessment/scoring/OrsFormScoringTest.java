package se.hlt.assessment.scoring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;
import se.hlt.assessment.instrument.Informant;
import se.hlt.assessment.instrument.Timepoint;

/**
 * The one engine scoring the ORS family from its definitions: marks in tenths, exact totals, no proration, total-only
 * records, range problems that name the scale, and the rater a form names.
 */
class OrsFormScoringTest {

    private final Scorer scorer = Scorer.builtIn();

    /** An ORS form from marks in tenths, in scale order; null for a missing mark. */
    private FormResult ors(Integer... tenths) {
        return score("ors", List.of("individually", "interpersonally", "socially", "overall"), tenths);
    }

    private FormResult score(String instrument, List<String> scales, Integer... tenths) {
        Map<String, BigDecimal> answers = new java.util.HashMap<>();
        for (int i = 0; i < tenths.length; i++) {
            if (tenths[i] != null) {
                answers.put(scales.get(i), BigDecimal.valueOf(tenths[i], 1)); // the helpers take marks in tenths
            }
        }
        return scorer.score(Form.of(instrument, answers));
    }

    @Test
    void theTotalIsTheExactSumOfTheMarks() {
        FormResult result = ors(28, 0, 100, 55);
        assertEquals(Status.COMPLETE, result.status());
        assertEquals(OptionalInt.of(183), result.value("total"));
        assertEquals(Optional.of(new BigDecimal("18.3")), result.decimal("total"));
        Score total = result.score("total").orElseThrow();
        assertEquals(1, total.decimals());
        assertEquals(new BigDecimal("40.0"), total.decimalMax());
        assertEquals(Optional.of(new BigDecimal("2.8")), result.decimal("individually"));
        assertEquals(Optional.of(Timepoint.SESSION_START), result.timepoint());
        assertEquals(Optional.of(Informant.SELF), result.informant());
    }

    @Test
    void aMissingScaleIsNeverProratedAndLeavesNoTotal() {
        FormResult result = ors(50, null, 60, 70);
        assertEquals(Status.INCOMPLETE, result.status());
        assertEquals(OptionalInt.empty(), result.value("total"));
        assertFalse(result.score("interpersonally").orElseThrow().isPresent());
        assertEquals(List.of(), result.proratedScales());
    }

    @Test
    void aTotalOnlyRecordIsAcceptedAndSaysSo() {
        FormResult result = scorer.score(Form.of("ors", Map.of("total", new BigDecimal("18.3"))));
        assertEquals(Status.TOTAL_ONLY, result.status());
        assertEquals(Optional.of(new BigDecimal("18.3")), result.decimal("total"));
        assertEquals(0, result.score("total").orElseThrow().answered());
        for (String scale : List.of("individually", "interpersonally", "socially", "overall")) {
            assertFalse(result.score(scale).orElseThrow().isPresent(), scale);
        }
    }

    @Test
    void aTotalBesideEveryScaleMustBeTheirSum() {
        Map<String, BigDecimal> marks = Map.of("individually", new BigDecimal("2.8"), "interpersonally", new BigDecimal("0.0"), "socially", new BigDecimal("10.0"),
                "overall", new BigDecimal("5.5"));
        Map<String, BigDecimal> agreeing = new java.util.HashMap<>(marks);
        agreeing.put("total", new BigDecimal("18.3"));
        assertEquals(Status.COMPLETE, scorer.score(Form.of("ors", agreeing)).status());

        Map<String, BigDecimal> disagreeing = new java.util.HashMap<>(marks);
        disagreeing.put("total", new BigDecimal("18.4"));
        FormResult result = scorer.score(Form.of("ors", disagreeing));
        assertEquals(Status.INVALID, result.status());
        Problem problem = result.problems().get(0);
        assertEquals(ProblemKind.TOTAL_DOES_NOT_MATCH, problem.kind());
        assertEquals(Optional.of("\"18.4\""), problem.value());
        assertTrue(problem.allowed().orElseThrow().contains("18.3"), problem.allowed().toString());
    }

    @Test
    void aTotalBesideSomeScalesIsAProblem() {
        FormResult result = scorer.score(Form.of("ors", Map.of("individually", new BigDecimal("5.0"), "total", new BigDecimal("20.0"))));
        assertEquals(Status.INVALID, result.status());
        assertEquals(ProblemKind.TOTAL_WITH_INCOMPLETE_SCALES, result.problems().get(0).kind());
    }

    @Test
    void aMarkOutOfRangeIsAProblemNamingTheScaleAndShownWithItsDecimal() {
        FormResult result = ors(101, 50, 50, 50);
        assertEquals(Status.INVALID, result.status());
        assertEquals(List.of(new Problem("individually", ProblemKind.OUT_OF_RANGE, Optional.of("\"10.1\""),
                Optional.of("0.0 to 10.0 or empty"))), result.problems());
        assertEquals(List.of(), result.scores());
    }

    @Test
    void aNegativeMarkIsOutOfRangeNotMissing() {
        // -0.1 is -1 tenths, the engine's code for "missing" in an answer array: a named answer must not become one
        FormResult result = scorer.score(Form.of("cors", Map.of("individually", new BigDecimal("-0.1"), "interpersonally", new BigDecimal("5.0"),
                "socially", new BigDecimal("5.0"), "overall", new BigDecimal("5.0"))));
        assertEquals(ProblemKind.OUT_OF_RANGE, result.problems().get(0).kind());
        assertEquals(Optional.of("\"-0.1\""), result.problems().get(0).value());
    }

    @Test
    void theAnswerArrayPathReportsTheSameRangeProblem() {
        PreparedInstrument ors = scorer.prepared("ors").orElseThrow();
        int[] codes = {50, 50, 50, 150, PreparedInstrument.MISSING};
        FormResult result = ors.score(codes, FormContext.none());
        assertEquals(ProblemKind.OUT_OF_RANGE, result.problems().get(0).kind());
        assertEquals("overall", result.problems().get(0).field());
        assertEquals(Optional.of("\"15.0\""), result.problems().get(0).value());
    }

    @Test
    void theRaterAFormNamesIsTheResultsInformant() {
        FormResult result = scorer.score(Form.of("srs", Map.of("relationship", new BigDecimal("9.0"), "goals", new BigDecimal("9.0"), "approach", new BigDecimal("9.0"),
                "overall", new BigDecimal("9.0"))).withContext(FormContext.none().withRater(Informant.PARENT).withAge(12)));
        assertEquals(Optional.of(Informant.PARENT), result.informant());
        assertEquals(Optional.of(new BigDecimal("36.0")), result.decimal("total"));
        assertEquals(Optional.of(Timepoint.SESSION_END), result.timepoint());
    }

    @Test
    void aRaterTheVersionDoesNotAcceptIsAProblem() {
        FormResult result = scorer.score(Form.of("sdq-s-11-17-baseline", Map.of("consid", 1))
                .withContext(FormContext.none().withRater(Informant.TEACHER)));
        assertEquals(Status.INVALID, result.status());
        assertEquals(ProblemKind.RATER_NOT_ACCEPTED, result.problems().get(0).kind());
        // naming the version's own informant is fine
        assertTrue(scorer.score(Form.of("sdq-s-11-17-baseline", Map.of("consid", 1))
                .withContext(FormContext.none().withRater(Informant.SELF))).isValid());
    }

    @Test
    void theYoungChildFormsHaveOneRatingFromOneToFour() {
        FormResult result = scorer.score(Form.of("ycors", Map.of("rating", 3)));
        assertEquals(Status.COMPLETE, result.status());
        assertEquals(OptionalInt.of(3), result.value("rating"));
        assertEquals(List.of("rating"), result.scores().stream().map(Score::name).toList());
        for (int bad : new int[] {0, 5}) {
            FormResult invalid = scorer.score(Form.of("ycsrs", Map.of("rating", bad)));
            assertEquals(ProblemKind.CODE_NOT_ALLOWED, invalid.problems().get(0).kind());
            assertEquals(Optional.of("1, 2, 3, 4 or empty"), invalid.problems().get(0).allowed());
        }
    }

    @Test
    void aChildOutsideTheVersionsAgesIsScoredWithAWarning() {
        FormResult result = scorer.score(Form.of("cors", Map.of("individually", new BigDecimal("5.0"), "interpersonally", new BigDecimal("5.0"),
                "socially", new BigDecimal("5.0"), "overall", new BigDecimal("5.0"))).withContext(FormContext.none().withAge(14)));
        assertEquals(Status.COMPLETE, result.status());
        assertEquals(WarningKind.AGE_OUTSIDE_VERSION, result.warnings().get(0).kind());
    }
}
