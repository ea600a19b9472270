package se.hlt.assessment.comparison;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;
import se.hlt.assessment.norms.NormsCatalog;
import se.hlt.assessment.pairing.FollowUpWindow;
import se.hlt.assessment.pairing.UnpairedReason;
import se.hlt.assessment.instrument.InstrumentCatalog;
import se.hlt.assessment.scoring.Form;
import se.hlt.assessment.scoring.FormContext;
import se.hlt.assessment.scoring.FormDates;
import se.hlt.assessment.scoring.FormResult;
import se.hlt.assessment.scoring.Scorer;

/** Forms held in memory carry their dates into the pair, as a date column does for hlt compare. */
class DatedPairsTest {

    private static final Scorer SCORER = Scorer.builtIn();
    private static final FormComparisons COMPARISONS = FormComparisons.of(InstrumentCatalog.builtIn(),
            NormsCatalog.builtIn());

    private static FormResult form(String instrument, LocalDate date) {
        Map<String, Integer> answers = new HashMap<>();
        for (String item : new String[] {"consid", "restles", "somatic", "shares", "tantrum", "loner", "obeys",
                "worries", "caring", "fidgety", "friend", "fights", "unhappy", "popular", "distrac", "clingy",
                "kind", "lies", "bullied", "helpout", "reflect", "steals", "oldbest", "afraid", "attends"}) {
            answers.put(item, 1);
        }
        return SCORER.score(Form.of(instrument, answers, FormContext.none().withId("k-1").withDate(date)));
    }

    private static PairChange pair(LocalDate baseline, LocalDate followUp) {
        ComparedForms compared = COMPARISONS.compare(List.of(form("sdq-p-4-17-baseline", baseline),
                form("sdq-p-4-17-followup", followUp)));
        assertEquals(1, compared.pairs().size(), compared.unpaired().toString());
        return compared.pairs().get(0).change();
    }

    @Test
    void aDatedPairHasItsIntervalInDaysAndMonthsAndItsPlaceInTheWindow() {
        PairChange change = pair(LocalDate.of(2025, 1, 15), LocalDate.of(2025, 5, 20));
        assertEquals(Optional.of(LocalDate.of(2025, 1, 15)), change.baselineDate());
        assertEquals(OptionalLong.of(125), change.intervalDays());
        assertEquals(OptionalLong.of(4), change.intervalMonths());
        assertEquals(Optional.of(FollowUpWindow.Fit.WITHIN), change.intervalFit());

        PairChange soon = pair(LocalDate.of(2025, 1, 15), LocalDate.of(2025, 2, 20));
        assertEquals(OptionalLong.of(1), soon.intervalMonths());
        assertEquals(Optional.of(FollowUpWindow.Fit.SHORTER), soon.intervalFit());
        assertEquals("shorter_than_3_months", soon.window().note(soon.intervalFit().orElseThrow()));
    }

    @Test
    void monthsAreCountedAsTheWindowCountsThem() {
        // 31 January + 3 months is 30 April: within a 3-6 window, so the page must not say "2 months"
        PairChange change = pair(LocalDate.of(2025, 1, 31), LocalDate.of(2025, 4, 30));
        assertEquals(Optional.of(FollowUpWindow.Fit.WITHIN), change.intervalFit());
        assertEquals(OptionalLong.of(3), change.intervalMonths());
        assertEquals(OptionalLong.of(0), pair(LocalDate.of(2025, 1, 31), LocalDate.of(2025, 2, 27)).intervalMonths());
    }

    @Test
    void aFollowUpDatedBeforeItsBaselineIsAConflictNotAPair() {
        ComparedForms compared = COMPARISONS.compare(List.of(form("sdq-p-4-17-baseline", LocalDate.of(2025, 6, 1)),
                form("sdq-p-4-17-followup", LocalDate.of(2025, 2, 1))));
        assertTrue(compared.pairs().isEmpty());
        assertEquals(2, compared.unpaired().size());
        assertTrue(compared.unpaired().stream().allMatch(u -> u.reason() == UnpairedReason.FOLLOW_UP_BEFORE_BASELINE));
    }

    @Test
    void aFormDateIsWrittenYearMonthDayAndNeverInTheFuture() {
        assertEquals(Optional.of(LocalDate.of(2025, 3, 14)), FormDates.parse(" 2025-03-14 "));
        assertFalse(FormDates.parse("2025-02-29").isPresent());
        assertFalse(FormDates.parse("14/03/2025").isPresent());
        assertFalse(FormDates.parse("+12025-03-14").isPresent());
        LocalDate today = LocalDate.of(2026, 3, 1);
        assertTrue(FormDates.possible(today, today));
        assertFalse(FormDates.possible(today.plusDays(1), today));
    }
}
