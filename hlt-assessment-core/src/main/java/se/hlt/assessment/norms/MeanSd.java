package se.hlt.assessment.norms;

/**
 * The mean and standard deviation of a score in a normative sample.
 *
 * @param mean the sample mean
 * @param sd the sample standard deviation, above 0
 */
public record MeanSd(double mean, double sd) {

    /** Checks that the SD is positive. */
    public MeanSd {
        if (!(sd > 0)) {
            throw new IllegalArgumentException("sd must be above 0: " + sd);
        }
    }

    /** The z-score of {@code score}: how many SDs it lies above the mean. */
    public double z(double score) {
        return (score - mean) / sd;
    }
}
