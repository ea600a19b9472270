package se.hlt.assessment.cohort;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/** How the p-value of a Wilcoxon signed-rank test was found. */
public enum SignedRankMethod {
    /** From the exact null distribution of the statistic (no zero differences, no ties, at most 20 pairs). */
    EXACT,
    /** From the normal approximation with a tie-corrected variance and a continuity correction. */
    NORMAL_APPROXIMATION;

    /** The lower-case name used in JSON, e.g. {@code normal_approximation}. */
    @JsonValue
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }
}
