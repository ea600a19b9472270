package se.hlt.assessment.cohort;

/** Small checks on arrays of values that decide whether a statistic exists. */
final class Values {

    private Values() {
    }

    /**
     * Whether every value is exactly the same (true for a single value). Compared exactly rather than through a
     * computed SD, which rounding can leave a hair above 0.
     */
    static boolean allEqual(double[] values) {
        for (double v : values) {
            if (v != values[0]) {
                return false;
            }
        }
        return true;
    }
}
