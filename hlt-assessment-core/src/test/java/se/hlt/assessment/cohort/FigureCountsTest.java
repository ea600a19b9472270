package se.hlt.assessment.cohort;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;
import se.hlt.assessment.comparison.AddedValueModel;
import se.hlt.assessment.comparison.ChangeStatus;
import se.hlt.assessment.instrument.Direction;

/**
 * The counts a cohort's figures rest on (issue 15): the mean Added Value Score over the children its model covers
 * only, with those left out counted; the n of every share; and none of these counts giving a small or hidden one
 * away.
 */
class FigureCountsTest {

    private static final List<CohortScale> EBDTOT = List.of(new CohortScale("pebdtot", "sdq", "parent",
            Direction.HIGHER_IS_WORSE, true, 1));
    private static final AddedValueModel MODEL = AddedValueModel.ford2009();

    private static CohortReport report(List<List<String>> cells, CohortTally tally, List<String> by) {
        return CohortReport.of(new Grouping(by), cells, tally, EBDTOT, Optional.of(MODEL.ref()), 5);
    }

    /**
     * The county's age band 0-5: 42 pairs with an AVS, 29 of them aged 2-4. The model was derived on children
     * aged 5-16 (its data file says so): the mean rests on the other 13, and the 29 are counted as left out.
     */
    @Test
    void theAddedValueScoreRestsOnlyOnTheChildrenItsModelCovers() {
        assertEquals(5, MODEL.ages().min(), "read from the model's data file");
        assertEquals(16, MODEL.ages().max());
        CohortTally tally = new CohortTally(1, MODEL);
        for (int i = 0; i < 42; i++) {
            tally.pair(0);
            tally.scores(0, 0, 20, 15);
            boolean young = i < 29;
            // the young children's AVS would pull the mean up: 3.0 against 1.0
            tally.addedValue(0, young ? 3.0 : 1.0, young ? 0.6 : 0.2, OptionalInt.of(young ? 2 + i % 3 : 5));
        }
        ScaleFigures f = report(List.of(List.of()), tally, List.of()).groups().get(0).scales().get(0);
        assertEquals(1.0, f.meanAddedValue().orElseThrow().value(), 1e-12);
        assertEquals(OptionalInt.of(13), f.addedValueN());
        assertEquals(OptionalInt.of(29), f.addedValueLeftOut());
        assertEquals(42, f.n(), "the change statistics still rest on every pair");
    }

    @Test
    void aChildOfUnknownAgeIsNotOneTheModelIsKnownToCover() {
        assertFalse(MODEL.covers(OptionalInt.empty()));
        assertFalse(MODEL.covers(OptionalInt.of(4)));
        assertFalse(MODEL.covers(OptionalInt.of(17)));
        assertTrue(MODEL.covers(OptionalInt.of(5)) && MODEL.covers(OptionalInt.of(16)));
        CohortTally tally = new CohortTally(1, MODEL);
        for (int i = 0; i < 10; i++) {
            tally.pair(0);
            tally.scores(0, 0, 20, 15);
            tally.addedValue(0, 1.0, 0.2, i < 5 ? OptionalInt.empty() : OptionalInt.of(9));
        }
        ScaleFigures f = report(List.of(List.of()), tally, List.of()).groups().get(0).scales().get(0);
        assertEquals(OptionalInt.of(5), f.addedValueN());
        assertEquals(OptionalInt.of(5), f.addedValueLeftOut());
    }

    /** 42 pairs, 13 of them with a reliable change status: the percentages are of 13, and say so. */
    @Test
    void theSharesOfReliableChangeCarryTheNTheyRestOn() {
        CohortTally tally = new CohortTally(1, MODEL);
        for (int i = 0; i < 42; i++) {
            tally.pair(0);
            tally.scores(0, 0, 20, 15);
            if (i < 13) {
                tally.status(0, 0, i < 3 ? ChangeStatus.IMPROVED : ChangeStatus.NO_RELIABLE_CHANGE);
            }
        }
        ScaleFigures f = report(List.of(List.of()), tally, List.of()).groups().get(0).scales().get(0);
        assertEquals(OptionalInt.of(13), f.reliableChangeN());
        assertEquals(100.0 * 3 / 13, f.improvedPercent().orElseThrow(), 1e-12, "23 % of 13, not of 42");
        assertTrue(f.addedValueN().isEmpty() && f.addedValueLeftOut().isEmpty(), "no AVS at all: nothing to count");
    }

    /**
     * Areas A, B and C, every one shown (10 pairs each), with 3, 10 and 10 children with a status. A's 3 is below
     * the minimum, so its shares and n are left out; but shown beside the total's 23, B's and C's n would give it
     * away (23 - 10 - 10). One of them is left out too, and the report passes its own audit.
     */
    @Test
    void anNOfAShareGivesNoSmallNAway() {
        int[] statuses = {3, 10, 10};
        List<List<String>> cells = List.of(List.of("A"), List.of("B"), List.of("C"));
        CohortTally tally = new CohortTally(1, MODEL);
        for (int g = 0; g < 3; g++) {
            for (int i = 0; i < 10; i++) {
                tally.pair(g);
                tally.scores(g, 0, 20, 10 + i);
                if (i < statuses[g]) {
                    tally.status(g, 0, ChangeStatus.IMPROVED);
                }
            }
        }
        CohortReport report = report(cells, tally, List.of("area"));
        assertEquals(0, report.hidden(), "every group is shown");
        List<ScaleFigures> figures = report.groups().stream().map(g -> g.scales().get(0)).toList();
        assertTrue(figures.get(0).reliableChangeN().isEmpty());
        assertTrue(figures.get(0).missing().contains(new Missing(ScaleFigures.RELIABLE_CHANGE,
                MissingReason.BELOW_MINIMUM)));
        long shown = figures.stream().filter(f -> f.reliableChangeN().isPresent()).count();
        assertTrue(shown <= figures.size() - 2, "two at least left out of the row A, B, C, total: " + figures);
        assertTrue(figures.stream().anyMatch(f -> f.missing().contains(new Missing(ScaleFigures.RELIABLE_CHANGE,
                MissingReason.PROTECTS_ANOTHER))), figures.toString());
        figures.stream().filter(f -> f.reliableChangeN().isEmpty())
                .forEach(f -> assertTrue(f.improvedPercent().isEmpty(), "no share without its n"));
        assertEquals(Optional.empty(), report.disclosureFlaw());
    }

    /** A report read back from an edited file that shows the n of a share below the minimum is refused. */
    @Test
    void anEditedReportShowingASmallNFailsTheAudit() {
        CohortTally tally = new CohortTally(1, MODEL);
        for (int i = 0; i < 10; i++) {
            tally.pair(0);
            tally.scores(0, 0, 20, 10 + i);
            if (i < 3) {
                tally.status(0, 0, ChangeStatus.IMPROVED);
            }
        }
        CohortReport report = report(List.of(List.of()), tally, List.of());
        assertEquals(Optional.empty(), report.disclosureFlaw());
        CohortGroup group = report.groups().get(0);
        ScaleFigures f = group.scales().get(0);
        ScaleFigures edited = new ScaleFigures(f.scale(), f.direction(), f.n(), f.t1(), f.t2(), f.meanChange(),
                f.tTest(), f.signedRankP(), f.dz(), f.dBaseline(), f.improvedPercent(), f.unchangedPercent(),
                f.deterioratedPercent(), OptionalInt.of(3), f.leftAtypicalPercent(), f.leftAtypicalN(),
                f.meanAddedValue(), f.meanAddedValueEffectSize(), f.addedValueN(), f.addedValueLeftOut(),
                f.missing());
        CohortReport tampered = new CohortReport(report.instrument(), report.informant(), report.grouping(),
                report.minimum(), report.scales(), List.of(new CohortGroup(group.values(), group.level(),
                group.status(), group.pairs(), group.percentOfAll(), group.percentOfRow(), List.of(edited))), 0,
                report.ageOutsideVersion());
        assertTrue(tampered.disclosureFlaw().orElseThrow().en().contains("below the minimum"),
                tampered.disclosureFlaw().toString());
    }

    @Test
    void aHiddenGroupCarriesNoneOfTheNewCounts() {
        List<List<String>> cells = List.of(List.of("A"), List.of("B"), List.of("C"));
        int[] sizes = {3, 10, 10};
        CohortTally tally = new CohortTally(1, MODEL);
        for (int g = 0; g < 3; g++) {
            for (int i = 0; i < sizes[g]; i++) {
                tally.pair(g);
                tally.scores(g, 0, 20, 10 + i);
                tally.status(g, 0, ChangeStatus.IMPROVED);
                tally.addedValue(g, 1.0, 0.2, OptionalInt.of(g == 0 ? 3 : 9));
            }
        }
        CohortReport report = report(cells, tally, List.of("area"));
        for (CohortGroup g : report.groups()) {
            if (g.status().isHidden()) {
                assertTrue(g.scales().isEmpty(), "no figure, no n");
                continue;
            }
            ScaleFigures f = g.scales().get(0);
            // A (3 pairs, all 3 left out of the AVS) is hidden; so is another area, and then the total's
            // left-out count (3) would be A's own: it is not shown
            f.addedValueLeftOut().ifPresent(n -> assertTrue(n == 0 || n >= 5, g + " shows " + n));
        }
        assertEquals(Optional.empty(), report.disclosureFlaw());
    }

    /**
     * A score no pair has a reliable change index for (the externalising score has no table) has nothing to
     * protect: its shown groups say no_data, none is hidden to protect another.
     */
    @Test
    void aLayerWithoutAnyCountHidesNothingMore() {
        List<List<String>> cells = List.of(List.of("A"), List.of("B"), List.of("C"), List.of("D"));
        int[] sizes = {3, 2, 10, 12};
        CohortTally tally = new CohortTally(1, MODEL);
        for (int g = 0; g < sizes.length; g++) {
            for (int i = 0; i < sizes[g]; i++) {
                tally.pair(g);
                tally.scores(g, 0, 20, 10 + i);
            }
        }
        CohortReport report = report(cells, tally, List.of("area"));
        assertEquals(2, report.hidden());
        for (CohortGroup g : report.groups()) {
            if (!g.status().isHidden()) {
                assertTrue(g.scales().get(0).missing().contains(new Missing(ScaleFigures.RELIABLE_CHANGE,
                        MissingReason.NO_DATA)), g.toString());
            }
        }
    }
}
