package se.hlt.assessment.cohort;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import se.hlt.assessment.comparison.BandMove;
import se.hlt.assessment.comparison.AddedValueModel;
import se.hlt.assessment.comparison.AddedValueScore;
import se.hlt.assessment.comparison.BandPosition;
import se.hlt.assessment.comparison.ChangeStatus;
import se.hlt.assessment.instrument.Direction;
import se.hlt.assessment.instrument.Label;
import se.hlt.assessment.scoring.TableRef;

/** Shares of reliable change, exits from the atypical bands, the mean AVS, and the whole cohort figure. */
class CohortChangeTest {

    private static final BandPosition NORMAL = new BandPosition("normal", 0, 3);
    private static final BandPosition BORDERLINE = new BandPosition("borderline", 1, 3);
    private static final BandPosition ABNORMAL = new BandPosition("abnormal", 2, 3);

    @Test
    void sharesOfReliableChange() {
        ReliableChangeShares shares = ReliableChangeShares.of(List.of(ChangeStatus.IMPROVED, ChangeStatus.IMPROVED,
                ChangeStatus.IMPROVED, ChangeStatus.NO_RELIABLE_CHANGE, ChangeStatus.DETERIORATED));
        assertEquals(5, shares.n());
        assertEquals(60, shares.percentImproved().getAsDouble(), 1e-12);
        assertEquals(20, shares.percentUnchanged().getAsDouble(), 1e-12);
        assertEquals(20, shares.percentDeteriorated().getAsDouble(), 1e-12);
    }

    @Test
    void anEmptyGroupHasNoShares() {
        ReliableChangeShares shares = ReliableChangeShares.of(List.of());
        assertEquals(0, shares.n());
        assertTrue(shares.percentImproved().isEmpty());
    }

    @Test
    void exitsCountOnlyThoseAtypicalAtT1() {
        BandExits exits = BandExits.of(List.of(BandMove.of(ABNORMAL, NORMAL), BandMove.of(ABNORMAL, BORDERLINE),
                BandMove.of(ABNORMAL, ABNORMAL), BandMove.of(NORMAL, ABNORMAL), BandMove.of(BORDERLINE, NORMAL)));
        assertEquals(5, exits.n());
        assertEquals(3, exits.atypicalAtT1());
        assertEquals(2, exits.leftAtypical());
        assertEquals(1, exits.reachedMostTypical());
        assertEquals(200.0 / 3, exits.percentLeftAtypical().getAsDouble(), 1e-12);
        assertEquals(100.0 / 3, exits.percentReachedMostTypical().getAsDouble(), 1e-12);
    }

    @Test
    void noExitsWhenNoneStartedAtypical() {
        BandExits exits = BandExits.of(List.of(BandMove.of(NORMAL, BORDERLINE)));
        assertEquals(0, exits.atypicalAtT1());
        assertTrue(exits.percentLeftAtypical().isEmpty());
    }

    /**
     * AVS 3.3, -1.7, 5.3 and 0.3 (spec example and three more): mean 1.8; squared deviations 2.25 + 12.25 + 12.25
     * + 2.25 = 29, variance 29/3; t(0.975, 3) = 3.182446 from a t table.
     */
    @Test
    void meanAddedValueWithItsInterval() {
        AddedValueSummary summary = AddedValueSummary.of(List.of(avs(20, 4, 6, 14), avs(20, 4, 6, 19),
                avs(20, 4, 6, 12), avs(20, 4, 6, 17)));
        assertEquals(4, summary.n());
        double halfWidth = 3.182446 * Math.sqrt(29.0 / 3 / 4);
        Estimate mean = summary.meanAvs().orElseThrow();
        assertEquals(1.8, mean.value(), 1e-12);
        assertEquals(1.8 - halfWidth, mean.ci95().orElseThrow().lower(), 1e-5);
        assertEquals(1.8 + halfWidth, mean.ci95().orElseThrow().upper(), 1e-5);
        Estimate effect = summary.meanEffectSize().orElseThrow();
        assertEquals(1.8 / 5, effect.value(), 1e-12);
        assertEquals((1.8 + halfWidth) / 5, effect.ci95().orElseThrow().upper(), 1e-5);
        assertEquals("avs-ford2009", summary.model().orElseThrow().id());
        assertTrue(summary.missing().isEmpty());
    }

    @Test
    void oneChildsAvsHasNoInterval() {
        AddedValueSummary summary = AddedValueSummary.of(List.of(avs(20, 4, 6, 14)));
        assertEquals(3.3, summary.meanAvs().orElseThrow().value(), 1e-12);
        assertTrue(summary.meanAvs().orElseThrow().ci95().isEmpty());
        assertEquals(List.of(new Missing(AddedValueSummary.MEAN_AVS_CI, MissingReason.ONE_CHILD)), summary.missing());
    }

    @Test
    void scoresOfTwoModelsDoNotMix() {
        AddedValueScore ford = avs(20, 4, 6, 14);
        AddedValueScore other = new AddedValueScore(new TableRef("another-model", Label.of("x", "x"),
                ford.model().source()), ford.predicted(), ford.observed(), ford.value(), ford.effectSize(),
                BigDecimal.TEN, ford.caveat(), List.of());
        assertThrows(IllegalArgumentException.class, () -> AddedValueSummary.of(List.of(ford, other)));
    }

    @Test
    void aCohortCountsEachPartOverTheChildrenWhoHaveIt() {
        List<ChildChange> children = List.of(
                ChildChange.of(ScorePair.of(20, 12)).withReliableChange(ChangeStatus.IMPROVED)
                        .withBands(BandMove.of(ABNORMAL, NORMAL)).withAddedValue(avs(20, 4, 6, 12)),
                ChildChange.of(ScorePair.of(18, 17)).withReliableChange(ChangeStatus.NO_RELIABLE_CHANGE)
                        .withBands(BandMove.of(ABNORMAL, ABNORMAL)),
                ChildChange.of(ScorePair.of(9, 10)));
        CohortChange cohort = CohortChange.of("ebdtot", Direction.HIGHER_IS_WORSE, children);
        assertEquals(3, cohort.change().n());
        assertEquals(2, cohort.reliableChange().n());
        assertEquals(50, cohort.reliableChange().percentImproved().getAsDouble(), 1e-12);
        assertEquals(2, cohort.bandExits().atypicalAtT1());
        assertEquals(50, cohort.bandExits().percentLeftAtypical().getAsDouble(), 1e-12);
        assertEquals(1, cohort.addedValue().n());
        assertEquals(Optional.of(MissingReason.ONE_CHILD), cohort.addedValue().missing().stream()
                .map(Missing::reason).findFirst());
    }

    private static AddedValueScore avs(int ebdtot, int impact, int emotion, int followUp) {
        return AddedValueModel.ford2009()
                .score(Map.of("ebdtot", ebdtot, "impact", impact, "emotion", emotion), followUp).orElseThrow();
    }
}
