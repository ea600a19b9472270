package se.hlt.assessment.cohort;

/**
 * A two-sided confidence interval.
 *
 * @param lower the lower limit
 * @param upper the upper limit, not below {@code lower}
 * @param level the confidence level, e.g. 0.95
 */
public record ConfidenceInterval(double lower, double upper, double level) {

    /** The level used throughout the cohort statistics. */
    public static final double LEVEL_95 = 0.95;

    /** Checks that the limits are finite and in order and the level is a probability. */
    public ConfidenceInterval {
        if (!Double.isFinite(lower) || !Double.isFinite(upper) || lower > upper) {
            throw new IllegalArgumentException("not an interval: " + lower + " to " + upper);
        }
        if (!(level > 0 && level < 1)) {
            throw new IllegalArgumentException("level must be between 0 and 1: " + level);
        }
    }

    /** The 95% interval {@code centre} &plusmn; {@code halfWidth}. */
    static ConfidenceInterval around95(double centre, double halfWidth) {
        return new ConfidenceInterval(centre - halfWidth, centre + halfWidth, LEVEL_95);
    }
}
