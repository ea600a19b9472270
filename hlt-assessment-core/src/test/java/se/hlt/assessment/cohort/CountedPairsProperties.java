package se.hlt.assessment.cohort;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import se.hlt.assessment.instrument.Direction;

/**
 * The statistics of a tally (a count per combination of T1 and T2 score) are those of the pairs it counts, as
 * {@link PairedChange} computes them child by child: the same missing statistics, the same signed-rank statistic
 * and method, and every number equal to within rounding.
 */
class CountedPairsProperties {

    /** Relative tolerance: sums in another order differ in the last bits, never more. */
    private static final double CLOSE = 1e-9;

    @Property(tries = 300)
    void aTallyGivesWhatItsPairsGive(@ForAll("pairs") List<int[]> pairs) {
        assertSame(byChild(pairs), tallied(pairs, 1));
    }

    @Property(tries = 200)
    void fewPairsWithDistinctChangesTakeTheExactTestEitherWay(@ForAll("distinctChanges") List<int[]> pairs) {
        PairedChange expected = byChild(pairs);
        assertEquals(Optional.of(SignedRankMethod.EXACT), expected.signedRankTest().map(SignedRankTest::method));
        assertSame(expected, tallied(pairs, 1));
    }

    @Property(tries = 200)
    void scoresInTenthsAreTestedAsTheirTenths(@ForAll("pairs") List<int[]> pairs) {
        PairedChange whole = tallied(pairs, 1);
        PairedChange tenths = tallied(pairs, 10);
        assertEquals(whole.missing(), tenths.missing());
        assertEquals(whole.signedRankTest(), tenths.signedRankTest());
        assertClose(whole.tTest().map(PairedTTest::p), tenths.tTest().map(PairedTTest::p));
        assertClose(whole.meanChange().map(e -> e.value() / 10), tenths.meanChange().map(Estimate::value));
        assertClose(whole.dz().map(Estimate::value), tenths.dz().map(Estimate::value));
    }

    /** Two pairs in tenths whose correlation came out a hair above 1: the interval was NaN, and threw. */
    @Example
    void aCorrelationOfOneInTenthsGivesAnInterval() {
        PairedChange change = tallied(List.of(new int[] {6, 1}, new int[] {8, 13}), 10);
        Estimate d = change.dBaseline().orElseThrow();
        assertEquals(0.0, d.value(), 1e-12);
        assertTrue(d.ci95().isPresent(), "an interval, not NaN");
    }

    @Example
    void equalChangesInTenthsAreTies() {
        // 0.3 - 0.1 and 0.5 - 0.3 are both 0.2, but not as doubles (0.19999999999999998 and 0.2)
        ScaleTally tally = new ScaleTally();
        tally.scores(1, 3);
        tally.scores(3, 5);
        tally.scores(6, 2);
        SignedRankTest test = PairedChange.of("ors", Direction.HIGHER_IS_BETTER, tally.pairs(10)).signedRankTest()
                .orElseThrow();
        assertTrue(test.ties());
        assertEquals(3.0, test.v()); // the two rises share ranks 1 and 2, 1.5 each; the fall of 0.4 has rank 3
    }

    @Provide
    Arbitrary<List<int[]>> pairs() {
        Arbitrary<Integer> low = Arbitraries.integers().between(0, 6);
        Arbitrary<Integer> wide = Arbitraries.integers().between(0, 40);
        Arbitrary<int[]> pair = Arbitraries.oneOf(Combinators.combine(low, low).as(PairsOf::of),
                Combinators.combine(wide, wide).as(PairsOf::of));
        return pair.list().ofMaxSize(400);
    }

    @Provide
    Arbitrary<List<int[]>> distinctChanges() {
        Arbitrary<Integer> size = Arbitraries.integers().between(1, 30);
        return size.set().ofMinSize(2).ofMaxSize(SignedRank.EXACT_MAX).flatMap(sizes -> Arbitraries.integers()
                .between(0, 1).list().ofSize(sizes.size()).map(signs -> {
                    List<int[]> pairs = new ArrayList<>();
                    int i = 0;
                    for (int s : sizes) {
                        pairs.add(signs.get(i++) == 1 ? PairsOf.of(31, 31 + s) : PairsOf.of(31, 31 - s));
                    }
                    return pairs;
                }));
    }

    /** A pair of scores. */
    private static final class PairsOf {
        static int[] of(int t1, int t2) {
            return new int[] {t1, t2};
        }
    }

    private static PairedChange byChild(List<int[]> pairs) {
        double[] t1 = pairs.stream().mapToDouble(p -> p[0]).toArray();
        double[] t2 = pairs.stream().mapToDouble(p -> p[1]).toArray();
        return PairedChange.of("ebdtot", Direction.HIGHER_IS_WORSE, t1, t2);
    }

    private static PairedChange tallied(List<int[]> pairs, int divisor) {
        ScaleTally tally = new ScaleTally();
        for (int[] p : pairs) {
            tally.scores(p[0], p[1]);
        }
        return PairedChange.of("ebdtot", Direction.HIGHER_IS_WORSE, tally.pairs(divisor));
    }

    private static void assertSame(PairedChange expected, PairedChange actual) {
        assertEquals(expected.n(), actual.n());
        assertEquals(expected.missing(), actual.missing());
        assertEquals(expected.t1().isPresent(), actual.t1().isPresent());
        assertClose(expected.t1().map(Descriptives::mean), actual.t1().map(Descriptives::mean));
        assertClose(expected.t1().flatMap(d -> boxed(d.sd())), actual.t1().flatMap(d -> boxed(d.sd())));
        assertClose(expected.t2().map(Descriptives::mean), actual.t2().map(Descriptives::mean));
        assertClose(expected.t2().flatMap(d -> boxed(d.sd())), actual.t2().flatMap(d -> boxed(d.sd())));
        assertEstimate(expected.meanChange(), actual.meanChange());
        assertEstimate(expected.dz(), actual.dz());
        assertEstimate(expected.dBaseline(), actual.dBaseline());
        assertEquals(expected.tTest().map(PairedTTest::df), actual.tTest().map(PairedTTest::df));
        assertClose(expected.tTest().map(PairedTTest::t), actual.tTest().map(PairedTTest::t));
        assertClose(expected.tTest().map(PairedTTest::p), actual.tTest().map(PairedTTest::p));
        assertEquals(expected.signedRankTest().map(r -> List.of(r.pairs(), r.zeros(), r.ties(), r.v(), r.method())),
                actual.signedRankTest().map(r -> List.of(r.pairs(), r.zeros(), r.ties(), r.v(), r.method())));
        assertClose(expected.signedRankTest().map(SignedRankTest::p), actual.signedRankTest().map(SignedRankTest::p));
    }

    private static void assertEstimate(Optional<Estimate> expected, Optional<Estimate> actual) {
        assertClose(expected.map(Estimate::value), actual.map(Estimate::value));
        assertEquals(expected.flatMap(Estimate::ci95).isPresent(), actual.flatMap(Estimate::ci95).isPresent());
        assertClose(expected.flatMap(Estimate::ci95).map(ConfidenceInterval::lower),
                actual.flatMap(Estimate::ci95).map(ConfidenceInterval::lower));
        assertClose(expected.flatMap(Estimate::ci95).map(ConfidenceInterval::upper),
                actual.flatMap(Estimate::ci95).map(ConfidenceInterval::upper));
    }

    private static Optional<Double> boxed(OptionalDouble value) {
        return value.isPresent() ? Optional.of(value.getAsDouble()) : Optional.empty();
    }

    private static void assertClose(Optional<Double> expected, Optional<Double> actual) {
        assertEquals(expected.isPresent(), actual.isPresent(), expected + " vs " + actual);
        if (expected.isPresent()) {
            double e = expected.get();
            double a = actual.get();
            assertTrue(e == a || Math.abs(e - a) <= CLOSE * Math.max(1, Math.max(Math.abs(e), Math.abs(a))),
                    e + " vs " + a);
        }
    }
}
