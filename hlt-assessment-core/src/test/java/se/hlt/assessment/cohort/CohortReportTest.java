package se.hlt.assessment.cohort;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import se.hlt.assessment.comparison.ChangeStatus;
import se.hlt.assessment.instrument.Direction;

class CohortReportTest {

    private static final List<CohortScale> EBDTOT = List.of(CohortScale.sdqParent("pebdtot",
            Direction.HIGHER_IS_WORSE));

    /**
     * Student's sleep data (R: {@code t.test(extra ~ group, data = sleep, paired = TRUE)}: t = -4.0621, df = 9,
     * p = 0.002833, mean difference -1.58, 95% CI -2.4598 to -0.7002) as whole scores: times 10, plus 20, which
     * leaves t and p as they are and scales the mean and CI by 10.
     */
    @Test
    void theSleepDataThroughATallyGiveRsPublishedValues() {
        CohortTally tally = new CohortTally(1);
        for (int i = 0; i < SleepData.GROUP_1.length; i++) {
            tally.pair(0);
            tally.scores(0, 0, (int) Math.round(SleepData.GROUP_2[i] * 10) + 20,
                    (int) Math.round(SleepData.GROUP_1[i] * 10) + 20);
        }
        CohortReport report = CohortReport.of(new Grouping(List.of()), List.of(List.of()), tally, EBDTOT,
                Optional.empty(), 5);
        ScaleFigures f = report.groups().get(0).scales().get(0);
        assertEquals(10, f.n());
        assertEquals(-4.0621, f.tTest().orElseThrow().t(), 0.00005);
        assertEquals(9, f.tTest().orElseThrow().df());
        assertEquals(0.002833, f.tTest().orElseThrow().p(), 0.0000005);
        assertEquals(-15.8, f.meanChange().orElseThrow().value(), 1e-9);
        // the specification gives the CI to four decimals: -2.4598 to -0.7002 (times 10 here)
        assertEquals(-24.598, f.meanChange().orElseThrow().ci95().orElseThrow().lower(), 0.001);
        assertEquals(-7.002, f.meanChange().orElseThrow().ci95().orElseThrow().upper(), 0.001);
        assertEquals(0.009091, f.signedRankP().orElseThrow(), 0.0000005, "R's wilcox.test, as SignedRankTestTest");
    }

    /**
     * Areas A and B by age bands: A has 3 children aged 0-5 (below 5, hidden). A's row total is shown, so A 0-5
     * could be worked out as A's total minus A 6-12: A 6-12 is hidden too. Then the column totals: 0-5 and 6-12
     * each have one hidden cell, so B's cells of those columns are hidden as well.
     */
    @Test
    void aSmallCellHidesASecondSoThatNoTotalRevealsIt() {
        List<List<String>> cells = List.of(List.of("A", "0-5"), List.of("A", "6-12"), List.of("B", "0-5"),
                List.of("B", "6-12"));
        int[] sizes = {3, 9, 8, 12};
        CohortTally tally = new CohortTally(1);
        for (int g = 0; g < sizes.length; g++) {
            for (int i = 0; i < sizes[g]; i++) {
                tally.pair(g);
                tally.scores(g, 0, 10 + i % 3, 8 + i % 4);
            }
        }
        CohortReport report = CohortReport.of(new Grouping(List.of("area", "ageband")), cells, tally, EBDTOT,
                Optional.empty(), 5);
        assertEquals(CellStatus.HIDDEN, status(report, "A", "0-5"));
        assertEquals(CellStatus.HIDDEN, status(report, "A", "6-12"));
        assertEquals(CellStatus.SHOWN, status(report, "A", Grouping.ALL));
        assertEquals(CellStatus.HIDDEN, status(report, "B", "0-5"));
        assertEquals(CellStatus.HIDDEN, status(report, "B", "6-12"));
        assertEquals(4, report.hidden());
        assertEquals("4 counts are hidden: counts below 5, and others so that no hidden count can be worked out "
                + "from what is shown.", report.note().en(), "one sentence, not which are the small ones");
        CohortGroup hidden = group(report, "A", "0-5");
        assertTrue(hidden.pairs().isEmpty() && hidden.scales().isEmpty() && hidden.percentOfAll().isEmpty());
        assertEquals(12, group(report, "A", Grouping.ALL).pairs().getAsInt());
    }

    @Test
    void aShareRestingOnTooFewChildrenIsLeftOutAndSaysWhy() {
        CohortTally tally = new CohortTally(1);
        for (int i = 0; i < 10; i++) {
            tally.pair(0);
            tally.scores(0, 0, 20, 12 + i);
            if (i < 3) {
                tally.status(0, 0, ChangeStatus.IMPROVED);
            }
        }
        ScaleFigures f = CohortReport.of(new Grouping(List.of()), List.of(List.of()), tally, EBDTOT,
                Optional.empty(), 5).groups().get(0).scales().get(0);
        assertTrue(f.improvedPercent().isEmpty(), "3 children with a status: fewer than 5");
        assertTrue(f.missing().contains(new Missing(ScaleFigures.RELIABLE_CHANGE, MissingReason.BELOW_MINIMUM)));
        assertTrue(f.missing().contains(new Missing(ScaleFigures.LEFT_ATYPICAL, MissingReason.NO_DATA)));
        assertEquals(10, f.n());
    }

    /** A score that none of a group's pairs has is a count of 0, below any minimum: the group is hidden. */
    @Test
    void aScoreNoPairOfAGroupHasIsACountOfZero() {
        List<CohortScale> two = List.of(EBDTOT.get(0), CohortScale.sdqParent("pemotion",
                Direction.HIGHER_IS_WORSE));
        CohortTally tally = new CohortTally(2);
        for (int i = 0; i < 6; i++) {
            tally.pair(0);
            tally.scores(0, 0, 20, 15);
        }
        CohortReport report = CohortReport.of(new Grouping(List.of()), List.of(List.of()), tally, two,
                Optional.empty(), 5);
        assertEquals(CellStatus.HIDDEN, report.groups().get(0).status());
    }

    /**
     * Issue 17: seven pairs, five with consent and two anonymous; one consenting pair misses conduct at T2, one
     * anonymous pair prosocial. With a minimum of 6 both cells are hidden, but the total's own counts (7 pairs, 6
     * with conduct, 6 with prosocial) are not below it: the total is shown, as it is without grouping. (The sum of
     * the cells' smallest counts, 4 + 1, hid it before.)
     */
    @Test
    void aTotalIsHiddenOnlyForItsOwnCounts() {
        List<CohortScale> two = List.of(CohortScale.sdqParent("pconduct", Direction.HIGHER_IS_WORSE),
                CohortScale.sdqParent("pprosoc", Direction.HIGHER_IS_BETTER));
        CohortTally tally = new CohortTally(2);
        for (int i = 0; i < 7; i++) {
            int g = i < 5 ? 0 : 1;
            tally.pair(g);
            if (i != 0) {
                tally.scores(g, 0, 4 + i % 3, 3);
            }
            if (i != 6) {
                tally.scores(g, 1, 6, 7 + i % 2);
            }
        }
        CohortReport byConsent = CohortReport.of(new Grouping(List.of("consent")),
                List.of(List.of("consent"), List.of("anonymous")), tally, two, Optional.empty(), 6);
        assertEquals(CellStatus.HIDDEN, status(byConsent, "consent"));
        assertEquals(CellStatus.HIDDEN, status(byConsent, "anonymous"));
        CohortGroup total = group(byConsent, Grouping.ALL);
        assertEquals(CellStatus.SHOWN, total.status());
        assertEquals(7, total.pairs().getAsInt());
        assertEquals(List.of(6, 6), total.scales().stream().map(ScaleFigures::n).toList());
        assertEquals(2, byConsent.hidden());
    }

    @Test
    void noPairsAtAllIsOneHiddenTotal() {
        CohortReport report = CohortReport.of(new Grouping(List.of("area")), List.of(), new CohortTally(1), EBDTOT,
                Optional.empty(), 5);
        assertEquals(1, report.groups().size());
        assertEquals(List.of(Grouping.ALL), report.groups().get(0).values());
        assertTrue(report.groups().get(0).status().isHidden());
    }

    private static CellStatus status(CohortReport report, String... values) {
        return group(report, values).status();
    }

    private static CohortGroup group(CohortReport report, String... values) {
        return report.groups().stream().filter(g -> g.values().equals(List.of(values))).findFirst().orElseThrow();
    }
}
