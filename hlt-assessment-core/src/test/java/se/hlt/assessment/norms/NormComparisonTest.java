package se.hlt.assessment.norms;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;
import org.junit.jupiter.api.Test;
import se.hlt.assessment.instrument.Direction;
import se.hlt.assessment.instrument.InstrumentCatalog;
import se.hlt.assessment.instrument.Sex;
import se.hlt.assessment.scoring.Form;
import se.hlt.assessment.scoring.FormContext;
import se.hlt.assessment.scoring.FormResult;
import se.hlt.assessment.scoring.NormComparison;
import se.hlt.assessment.scoring.NormScore;
import se.hlt.assessment.scoring.Scorer;

/** Choosing norms tables by version, informant, age and sex, and the z-scores and bands against them. */
class NormComparisonTest {

    private static final List<String> ITEMS = List.of("consid", "restles", "somatic", "shares", "tantrum",
            "loner", "obeys", "worries", "caring", "fidgety", "friend", "fights", "unhappy", "popular", "distrac",
            "clingy", "kind", "lies", "bullied", "helpout", "reflect", "steals", "oldbest", "afraid", "attends");

    private final Scorer scorer = Scorer.builtIn();

    /** Every item answered 1: every scale 5 (reverse items score 1 too), ebdtot 20. */
    private static Map<String, Integer> allSomewhatTrue(String... replaced) {
        Map<String, Integer> answers = new HashMap<>();
        ITEMS.forEach(i -> answers.put(i, 1));
        for (int i = 0; i < replaced.length; i += 2) {
            answers.remove(replaced[i]);
            answers.put(replaced[i + 1], 1);
        }
        return answers;
    }

    private FormResult score(String instrument, FormContext context) {
        Map<String, Integer> answers = instrument.contains("2-4")
                ? allSomewhatTrue("lies", "argues", "steals", "spite") : allSomewhatTrue();
        return scorer.score(Form.of(instrument, answers, context));
    }

    private static List<String> tableIds(FormResult result) {
        return result.norms().stream().map(c -> c.table().id()).toList();
    }

    @Test
    void aGirlOfNineIsComparedWithTheUkGirlsTableOnly() {
        FormResult r = score("sdq-p-4-17-baseline", FormContext.none().withAge(9).withSex(Sex.FEMALE));
        assertEquals(List.of("uk-parent-5-15-girls"), tableIds(r));
        NormComparison girls = r.norms().get(0);
        // hand-computed: (5 - 2.0) / 2.0 = 1.5; ebdtot (20 - 7.8) / 5.5 = 2.218.. -> 2.22; prosoc (5 - 8.9) / 1.4
        // = -2.785.. -> -2.79, where lower is worse
        assertEquals(OptionalDouble.of(1.5), girls.score("emotion").orElseThrow().z());
        assertEquals(OptionalDouble.of(2.22), girls.score("ebdtot").orElseThrow().z());
        NormScore prosoc = girls.score("prosoc").orElseThrow();
        assertEquals(OptionalDouble.of(-2.79), prosoc.z());
        assertEquals(Direction.HIGHER_IS_BETTER, prosoc.direction());
        assertEquals(Direction.HIGHER_IS_WORSE, girls.score("conduct").orElseThrow().direction());
    }

    @Test
    void aZScoreExactlyHalfwayRoundsUpFromTheExactQuotientNotFromItsBinaryApproximation() {
        // peer 6 for a girl of nine: (6 - 1.4) / 1.6 = 2.875 exactly, which is 2.87499.. in binary floating point;
        // half up gives 2.88 (the plain Python baseline of bench/python, in decimal arithmetic, found the 2.87)
        Map<String, Integer> answers = allSomewhatTrue();
        answers.put("loner", 2);
        FormResult r = scorer.score(Form.of("sdq-p-4-17-baseline", answers,
                FormContext.none().withAge(9).withSex(Sex.FEMALE)));
        assertEquals(java.util.OptionalInt.of(6), r.score("peer").orElseThrow().value());
        assertEquals(OptionalDouble.of(2.88), r.norms().get(0).score("peer").orElseThrow().z());
    }

    @Test
    void aBoyIsComparedWithTheBoysTable() {
        FormResult r = score("sdq-p-4-17-followup", FormContext.none().withAge(15).withSex(Sex.MALE));
        assertEquals(List.of("uk-parent-5-15-boys"), tableIds(r));
        // (5 - 4.0) / 2.7 = 0.370.. -> 0.37
        assertEquals(OptionalDouble.of(0.37), r.norms().get(0).score("hyper").orElseThrow().z());
    }

    @Test
    void theAgeRangeIsInclusiveAtBothEnds() {
        assertEquals(List.of("uk-parent-5-15-girls", "se-parent-5-girls"),
                tableIds(score("sdq-p-4-17-baseline", FormContext.none().withAge(5).withSex(Sex.FEMALE))));
        assertEquals(List.of("se-parent-4-girls"),
                tableIds(score("sdq-p-4-17-baseline", FormContext.none().withAge(4).withSex(Sex.FEMALE))),
                "below the UK table's ages, only the Swedish table of the child's own age and sex");
        assertEquals(List.of(),
                tableIds(score("sdq-p-4-17-baseline", FormContext.none().withAge(16).withSex(Sex.FEMALE))));
    }

    @Test
    void noTableIsBorrowedWhenSexOrAgeIsNotGiven() {
        // both UK parent tables are by sex, and 5-15 does not cover the version's 4-17
        assertEquals(List.of(), tableIds(score("sdq-p-4-17-baseline", FormContext.none().withAge(9))));
        assertEquals(List.of(), tableIds(score("sdq-p-4-17-baseline", FormContext.none().withSex(Sex.MALE))));
        assertEquals(List.of(), tableIds(score("sdq-t-4-17-baseline", FormContext.none())));
    }

    @Test
    void aTeacherRatingOfASevenYearOldHasTheUkAndDutchTables() {
        FormResult r = score("sdq-t-4-17-baseline", FormContext.none().withAge(7));
        assertEquals(List.of("nl-teacher-4-10", "uk-teacher-5-15"), tableIds(r).stream().sorted().toList());
        NormComparison nl = r.norms().stream().filter(c -> c.table().id().equals("nl-teacher-4-10")).findFirst()
                .orElseThrow();
        assertEquals(Optional.of("nl-p80-p90"), nl.scheme());
        // emotion 5: at or above P90 (4); (5 - 1.3) / 1.9 = 1.947.. -> 1.95
        assertEquals(Optional.of("at_or_above_p90"), nl.score("emotion").orElseThrow().band());
        assertEquals(OptionalDouble.of(1.95), nl.score("emotion").orElseThrow().z());
        NormComparison uk = r.norms().stream().filter(c -> c.table().id().equals("uk-teacher-5-15")).findFirst()
                .orElseThrow();
        // the UK teacher table gives no peer mean/SD: no peer z-score rather than a made-up one
        assertTrue(uk.score("peer").isEmpty());
        assertEquals(List.of("uk-teacher-5-15"),
                tableIds(score("sdq-t-4-17-baseline", FormContext.none().withAge(11))));
    }

    @Test
    void aSwedishPreschoolTeacherRatingGetsTheP90Bands() {
        FormResult r = score("sdq-t-2-4-baseline", FormContext.none().withAge(3));
        assertEquals(List.of("se-preschool-teacher-p90"), tableIds(r));
        NormComparison se = r.norms().get(0);
        // ebdtot 20 >= 12; prosoc 5 > 3
        assertEquals(Optional.of("at_or_above_p90"), se.score("ebdtot").orElseThrow().band());
        assertEquals(Optional.of("above_p10"), se.score("prosoc").orElseThrow().band());
        assertTrue(se.score("ebdtot").orElseThrow().z().isEmpty());
        // the table covers 1-5, so it fits a child of unknown age on the 2-4 form too
        assertEquals(List.of("se-preschool-teacher-p90"), tableIds(score("sdq-t-2-4-baseline", FormContext.none())));
    }

    @Test
    void theUsersChoiceOfCountryLimitsTheComparisons() {
        Scorer dutchOnly = Scorer.of(InstrumentCatalog.builtIn(), NormsCatalog.builtIn(),
                NormsChoice.countries(Set.of("nl")));
        Map<String, Integer> answers = allSomewhatTrue();
        FormResult r = dutchOnly.score(Form.of("sdq-t-4-17-baseline", answers, FormContext.none().withAge(7)));
        assertEquals(List.of("nl-teacher-4-10"), tableIds(r));
        // the instrument's own bands are still reported
        assertEquals(Optional.of("abnormal"), r.score("ebdtot").orElseThrow().band("band3"));
        Scorer ukOnly = Scorer.of(InstrumentCatalog.builtIn(), NormsCatalog.builtIn(),
                NormsChoice.countries(Set.of("uk")));
        assertEquals(List.of("uk-teacher-5-15"),
                tableIds(ukOnly.score(Form.of("sdq-t-4-17-baseline", answers, FormContext.none().withAge(7)))));
    }

    @Test
    void aMissingScoreGetsNoZScore() {
        Map<String, Integer> answers = allSomewhatTrue();
        List.of("somatic", "worries", "unhappy").forEach(answers::remove);
        FormResult r = scorer.score(Form.of("sdq-p-4-17-baseline", answers,
                FormContext.none().withAge(9).withSex(Sex.MALE)));
        NormComparison boys = r.norms().get(0);
        assertTrue(boys.score("emotion").isEmpty());
        assertTrue(boys.score("ebdtot").isEmpty());
        assertTrue(boys.score("conduct").isPresent());
    }
}
