package se.hlt.assessment.cohort;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import se.hlt.assessment.instrument.Direction;

/** Groups too small or too uniform for some statistics: what they report, and why the rest is missing. */
class PairedChangeSmallGroupsTest {

    @Test
    void anEmptyGroupReportsItsSizeAndNothingElse() {
        PairedChange result = PairedChange.of("ebdtot", Direction.HIGHER_IS_WORSE, List.of());
        assertEquals(0, result.n());
        assertTrue(result.t1().isEmpty());
        assertTrue(result.meanChange().isEmpty());
        assertEquals(Optional.of(MissingReason.NO_DATA), result.whyMissing(PairedChange.T_TEST));
        assertEquals(Optional.of(MissingReason.NO_DATA), result.whyMissing(PairedChange.MEAN_CHANGE));
    }

    @Test
    void oneChildGivesMeansAndChangeButNoSpreadTestOrInterval() {
        PairedChange result = PairedChange.of("ebdtot", Direction.HIGHER_IS_WORSE, List.of(ScorePair.of(20, 12)));
        assertEquals(1, result.n());
        assertEquals(20, result.t1().orElseThrow().mean());
        assertTrue(result.t1().orElseThrow().sd().isEmpty());
        assertEquals(-8, result.meanChange().orElseThrow().value());
        assertTrue(result.meanChange().orElseThrow().ci95().isEmpty());
        assertTrue(result.tTest().isEmpty());
        assertTrue(result.signedRankTest().isEmpty());
        assertTrue(result.dz().isEmpty());
        for (String s : List.of(PairedChange.T1_SD, PairedChange.MEAN_CHANGE_CI, PairedChange.T_TEST,
                PairedChange.SIGNED_RANK_TEST, PairedChange.D_Z, PairedChange.D_BASELINE)) {
            assertEquals(Optional.of(MissingReason.ONE_CHILD), result.whyMissing(s), s);
        }
    }

    @Test
    void theSameChangeForEveryChildHasNoTestOrDz() {
        PairedChange result = PairedChange.of("ebdtot", Direction.HIGHER_IS_WORSE,
                List.of(ScorePair.of(20, 17), ScorePair.of(15, 12), ScorePair.of(18, 15)));
        assertEquals(-3, result.meanChange().orElseThrow().value(), 1e-12);
        assertTrue(result.tTest().isEmpty());
        assertTrue(result.dz().isEmpty());
        assertEquals(Optional.of(MissingReason.SAME_CHANGE_FOR_ALL), result.whyMissing(PairedChange.T_TEST));
        // the signed-rank test still ranks three equal changes, and Becker's d still divides by the T1 SD:
        // T1 20, 15, 18 has mean 53/3 and squared deviations summing to 38/3, so SD = sqrt(19/3)
        assertTrue(result.signedRankTest().isPresent());
        assertEquals(-3 / Math.sqrt(19.0 / 3), result.dBaseline().orElseThrow().value(), 1e-12);
    }

    @Test
    void noChangeAtAllHasNothingToRank() {
        PairedChange result = PairedChange.of("ebdtot", Direction.HIGHER_IS_WORSE,
                List.of(ScorePair.of(20, 20), ScorePair.of(15, 15)));
        assertEquals(0, result.meanChange().orElseThrow().value());
        assertEquals(Optional.of(MissingReason.NO_CHANGE_AT_ALL), result.whyMissing(PairedChange.SIGNED_RANK_TEST));
    }

    @Test
    void theSameBaselineForEveryChildHasNoBaselineEffectSize() {
        PairedChange result = PairedChange.of("ebdtot", Direction.HIGHER_IS_WORSE,
                List.of(ScorePair.of(20, 12), ScorePair.of(20, 15), ScorePair.of(20, 19)));
        assertTrue(result.dBaseline().isEmpty());
        assertEquals(Optional.of(MissingReason.SAME_T1_FOR_ALL), result.whyMissing(PairedChange.D_BASELINE));
        assertTrue(result.dz().isPresent());
    }

    @Test
    void theSameFollowUpForEveryChildHasABaselineEffectSizeWithoutInterval() {
        PairedChange result = PairedChange.of("ebdtot", Direction.HIGHER_IS_WORSE,
                List.of(ScorePair.of(20, 10), ScorePair.of(16, 10), ScorePair.of(18, 10)));
        // mean change -8, T1 SD 2
        assertEquals(-4, result.dBaseline().orElseThrow().value(), 1e-12);
        assertTrue(result.dBaseline().orElseThrow().ci95().isEmpty());
        assertEquals(Optional.of(MissingReason.SAME_T2_FOR_ALL), result.whyMissing(PairedChange.D_BASELINE_CI));
    }

    @Test
    void noStatisticIsEverNaN() {
        PairedChange result = PairedChange.of("ebdtot", Direction.HIGHER_IS_WORSE,
                List.of(ScorePair.of(20, 10), ScorePair.of(16, 10)));
        result.dz().ifPresent(e -> assertFalse(Double.isNaN(e.value())));
        result.tTest().ifPresent(t -> assertFalse(Double.isNaN(t.p())));
    }
}
