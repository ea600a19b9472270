package se.hlt.assessment.comparison;

import static org.junit.jupiter.api.Assertions.assertEquals;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.IntRange;
import se.hlt.assessment.instrument.Direction;

/** Properties of the reliable change index that hold for every scale, score and direction. */
class ReliableChangeProperties {

    @Property
    void swappingT1AndT2SwapsImprovedAndDeteriorated(
            @ForAll @IntRange(min = 0, max = 40) int t1, @ForAll @IntRange(min = 0, max = 40) int t2,
            @ForAll @DoubleRange(min = 0.5, max = 10) double sd, @ForAll @DoubleRange(min = 0.3, max = 0.95) double r,
            @ForAll Direction direction) {
        ReliableChangeBasis basis = basis(sd, r);
        ChangeStatus forwards = ReliableChange.of(basis, direction, t1, t2).status();
        ChangeStatus backwards = ReliableChange.of(basis, direction, t2, t1).status();
        assertEquals(forwards.reversed(), backwards);
    }

    @Property
    void flippingTheDirectionSwapsImprovedAndDeteriorated(
            @ForAll @IntRange(min = 0, max = 40) int t1, @ForAll @IntRange(min = 0, max = 40) int t2,
            @ForAll @DoubleRange(min = 0.5, max = 10) double sd, @ForAll @DoubleRange(min = 0.3, max = 0.95) double r) {
        ReliableChangeBasis basis = basis(sd, r);
        assertEquals(ReliableChange.of(basis, Direction.HIGHER_IS_WORSE, t1, t2).status().reversed(),
                ReliableChange.of(basis, Direction.HIGHER_IS_BETTER, t1, t2).status());
    }

    @Property
    void aWholeNumberChangeIsReliableExactlyFromTheSmallestReliableWholeChange(
            @ForAll @IntRange(min = 0, max = 40) int t1, @ForAll @IntRange(min = 0, max = 40) int t2,
            @ForAll @DoubleRange(min = 0.5, max = 10) double sd, @ForAll @DoubleRange(min = 0.3, max = 0.95) double r) {
        ReliableChangeBasis basis = basis(sd, r);
        boolean largeEnough = Math.abs(t2 - t1) >= basis.smallestReliableWholeChange();
        assertEquals(largeEnough, ReliableChange.of(basis, Direction.HIGHER_IS_WORSE, t1, t2).isReliable());
    }

    private static ReliableChangeBasis basis(double sd, double r) {
        return ReliableChangeBasis.from(TestTables.withSdAndAlpha("t", "x", sd, r), "x").orElseThrow();
    }
}
