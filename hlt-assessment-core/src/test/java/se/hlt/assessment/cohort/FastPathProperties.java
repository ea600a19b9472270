package se.hlt.assessment.cohort;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.apache.commons.math3.stat.ranking.NaNStrategy;
import org.apache.commons.math3.stat.ranking.NaturalRanking;
import org.apache.commons.math3.stat.ranking.TiesStrategy;
import se.hlt.assessment.comparison.AddedValueModel;
import se.hlt.assessment.comparison.AddedValueScore;
import se.hlt.assessment.instrument.Direction;

/**
 * The paths that large cohorts take give exactly what the general paths give: ranks counted for whole-number
 * changes, pairs given as arrays, Added Value Scores given as numbers.
 */
class FastPathProperties {

    @Property(tries = 300)
    void countedRanksAreCommonsMathsAverageRanks(@ForAll("wholeSizes") List<Integer> sizes) {
        double[] values = sizes.stream().mapToDouble(Integer::doubleValue).toArray();
        double[] expected = new NaturalRanking(NaNStrategy.FAILED, TiesStrategy.AVERAGE).rank(values);
        assertArrayEquals(expected, SignedRank.averageRanks(values));
    }

    @Property(tries = 300)
    void countedTiesAreSortedTies(@ForAll("wholeSizes") List<Integer> sizes) {
        double[] values = sizes.stream().mapToDouble(Integer::doubleValue).toArray();
        assertEquals(SignedRank.tieCorrectionBySorting(values), SignedRank.tieCorrection(values));
    }

    @Property(tries = 100)
    void fractionalSizesStillGoThroughCommonsMath(@ForAll("wholeSizes") List<Integer> sizes) {
        double[] values = sizes.stream().mapToDouble(s -> s + 0.5).toArray();
        double[] expected = new NaturalRanking(NaNStrategy.FAILED, TiesStrategy.AVERAGE).rank(values);
        assertArrayEquals(expected, SignedRank.averageRanks(values));
    }

    @Provide
    Arbitrary<List<Integer>> wholeSizes() {
        return Arbitraries.integers().between(0, 45).list().ofMinSize(1).ofMaxSize(300);
    }

    @Property(tries = 200)
    void arraysGiveWhatScorePairsGive(@ForAll("scores") List<int[]> pairs) {
        List<ScorePair> asPairs = new ArrayList<>();
        double[] t1 = new double[pairs.size()];
        double[] t2 = new double[pairs.size()];
        for (int i = 0; i < pairs.size(); i++) {
            asPairs.add(ScorePair.of(pairs.get(i)[0], pairs.get(i)[1]));
            t1[i] = pairs.get(i)[0];
            t2[i] = pairs.get(i)[1];
        }
        assertEquals(PairedChange.of("ebdtot", Direction.HIGHER_IS_WORSE, asPairs),
                PairedChange.of("ebdtot", Direction.HIGHER_IS_WORSE, t1, t2));
    }

    @Provide
    Arbitrary<List<int[]>> scores() {
        Arbitrary<int[]> pair = Arbitraries.integers().between(0, 40).array(int[].class).ofSize(2);
        return pair.list().ofMaxSize(120);
    }

    @Property(tries = 100)
    void numbersGiveWhatAddedValueScoresGive(@ForAll("scores") List<int[]> pairs) {
        AddedValueModel model = AddedValueModel.ford2009();
        List<AddedValueScore> scores = new ArrayList<>();
        for (int[] p : pairs) {
            int ebdtot = p[0];
            scores.add(model.score(java.util.Map.of("ebdtot", ebdtot, "impact", ebdtot / 4, "emotion", ebdtot / 5),
                    p[1]).orElseThrow());
        }
        double[] values = scores.stream().map(AddedValueScore::value).mapToDouble(BigDecimal::doubleValue).toArray();
        double[] effects = scores.stream().map(AddedValueScore::effectSize).mapToDouble(BigDecimal::doubleValue)
                .toArray();
        AddedValueSummary expected = AddedValueSummary.of(scores);
        AddedValueSummary fromNumbers = scores.isEmpty() ? AddedValueSummary.empty()
                : AddedValueSummary.of(model.ref(), values, effects);
        assertEquals(expected, fromNumbers);
    }
}
