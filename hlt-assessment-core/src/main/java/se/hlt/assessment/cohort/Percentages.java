package se.hlt.assessment.cohort;

import java.util.OptionalDouble;

/** Shares as percentages, 0 to 100, unrounded; empty when there is nothing to take a share of. */
final class Percentages {

    private Percentages() {
    }

    /** 100 &times; {@code part} / {@code whole}, or empty when {@code whole} is 0. */
    static OptionalDouble of(int part, int whole) {
        return whole == 0 ? OptionalDouble.empty() : OptionalDouble.of(100.0 * part / whole);
    }
}
