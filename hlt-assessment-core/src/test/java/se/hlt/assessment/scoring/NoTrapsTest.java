package se.hlt.assessment.scoring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Each trap a developer embedding the library fell into (issue 13), now closed: ORS marks are decimals and an
 * integer a whole mark, a {@code null} answer is unanswered, an impossible age is a problem, and the problem and
 * band texts are there in Swedish.
 */
class NoTrapsTest {

    private final Scorer scorer = Scorer.builtIn();

    @Test
    void anIntegerOrsMarkIsAWholeMarkNotTenths() {
        FormResult result = scorer.score(Form.of("ors", Map.of("individually", 6, "interpersonally", 5,
                "socially", 7, "overall", 6)));
        assertEquals(Status.COMPLETE, result.status());
        assertEquals(Optional.of(new BigDecimal("24.0")), result.score(OrsSrsScores.TOTAL).flatMap(Score::decimal));
    }

    @Test
    void decimalMarksAreExactWhetherBigDecimalDoubleOrTextWithAComma() {
        Map<String, Number> marks = Map.of("individually", new BigDecimal("6.5"), "interpersonally", 5.2,
                "socially", Answers.parse("7,1"), "overall", Answers.parse(" 4.0 "));
        FormResult result = scorer.score(Form.of("ors", marks));
        assertEquals(Optional.of(new BigDecimal("22.8")), result.score(OrsSrsScores.TOTAL).flatMap(Score::decimal));
    }

    @Test
    void aMarkWithTwoDecimalsOrAboveTenIsAProblemNamingTheScale() {
        FormResult twoDecimals = scorer.score(Form.of("ors", Map.of("socially", new BigDecimal("6.25"))));
        assertEquals(List.of(ProblemKind.TOO_MANY_DECIMALS), kinds(twoDecimals));
        assertEquals("socially", twoDecimals.problems().get(0).field());
        FormResult tooHigh = scorer.score(Form.of("ors", Map.of("socially", 11)));
        assertEquals(List.of(ProblemKind.OUT_OF_RANGE), kinds(tooHigh));
        assertEquals(Optional.of("\"11\""), tooHigh.problems().get(0).value());
        FormResult huge = scorer.score(Form.of("ors", Map.of("socially", new BigDecimal("1E+999999"))));
        assertEquals(List.of(ProblemKind.OUT_OF_RANGE), kinds(huge));
        FormResult halfCode = scorer.score(Form.of("sdq-p-4-17-baseline", Map.of("consid", 1.5)));
        assertEquals(List.of(ProblemKind.NOT_A_WHOLE_NUMBER), kinds(halfCode));
    }

    @Test
    void answersAsTextAreReadWithACommaOrAPointAndNothingElse() {
        assertEquals(Optional.of(new BigDecimal("6.5")), Answers.tryParse("6,5"));
        assertEquals(Optional.of(new BigDecimal("6.5")), Answers.tryParse("6.5"));
        assertEquals(Optional.of(new BigDecimal("2")), Answers.tryParse("2"));
        for (String notANumber : List.of("", "x", "6,5,1", "1e3", "6 5", "NaN")) {
            assertEquals(Optional.empty(), Answers.tryParse(notANumber), notANumber);
        }
        assertThrows(IllegalArgumentException.class, () -> Answers.parse("sex"));
    }

    @Test
    void aNullAnswerIsUnansweredAsInJson() {
        Map<String, Integer> bound = new HashMap<>();
        bound.put("consid", 2);
        bound.put("restles", null);
        Form form = Form.of("sdq-p-4-17-baseline", bound);
        assertEquals(Map.of("consid", BigDecimal.valueOf(2)), form.answers());
        assertEquals(Optional.empty(), form.answer("restles"));
        assertEquals(Status.INCOMPLETE, scorer.score(form).status());
    }

    @Test
    void anImpossibleAgeIsAProblemAndAnUnusualOneAWarning() {
        Map<String, Integer> answers = Map.of("consid", 2);
        FormResult negative = scorer.score(Form.of("sdq-p-4-17-baseline", answers, FormContext.none().withAge(-3)));
        assertEquals(Status.INVALID, negative.status());
        assertEquals(List.of(ProblemKind.OUT_OF_RANGE), kinds(negative));
        assertEquals("age", negative.problems().get(0).field());
        FormResult ancient = scorer.score(Form.of("ors", Map.of("total", 20), FormContext.none().withAge(121)));
        assertEquals(Status.INVALID, ancient.status());
        FormResult outsideVersion = scorer.score(Form.of("sdq-p-4-17-baseline", answers,
                FormContext.none().withAge(3)));
        assertFalse(outsideVersion.status() == Status.INVALID);
        assertEquals(WarningKind.AGE_OUTSIDE_VERSION, outsideVersion.warnings().get(0).kind());
    }

    @Test
    void problemsWarningsAndBandsHaveTheirTextsInSwedishAndEnglish() {
        Locale sv = Locale.forLanguageTag("sv-SE");
        Problem problem = scorer.score(Form.of("sdq-p-4-17-baseline", Map.of("consid", 3))).problems().get(0);
        assertEquals("consid: \"3\" är inget tillåtet svar; tillåtet: 0, 1, 2 eller tomt", problem.message(sv));
        assertEquals("consid: \"3\" is not an allowed answer; allowed: 0, 1, 2 or empty",
                problem.message(Locale.ENGLISH));
        assertEquals("is not an allowed answer", problem.reason(Locale.GERMAN), "English for other languages");
        for (ProblemKind kind : ProblemKind.values()) {
            assertFalse(Problem.of("f", kind).message(sv).equals(Problem.of("f", kind).message(Locale.ENGLISH)),
                    kind.code());
        }
        for (WarningKind kind : WarningKind.values()) {
            Warning w = new Warning(kind, "ebddiff", "d");
            assertTrue(w.message(sv).contains("d") && !w.message(sv).equals(w.message(Locale.ENGLISH)), kind.code());
        }
        assertEquals(Optional.of("gränsvärde"), BandNames.label(BandNames.BORDERLINE, sv));
        assertEquals(Optional.of("very high"), BandNames.label(BandNames.VERY_HIGH, Locale.ENGLISH));
        assertEquals(Optional.of("4 nivåer"), BandNames.label(BandNames.BAND4, sv));
        assertEquals(Optional.empty(), BandNames.label("a_band_of_my_own", sv));
    }

    private static List<ProblemKind> kinds(FormResult result) {
        return result.problems().stream().map(Problem::kind).toList();
    }
}
