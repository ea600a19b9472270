package se.hlt.assessment.cohort;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.commons.math3.distribution.TDistribution;
import org.apache.commons.math3.stat.StatUtils;
import se.hlt.assessment.comparison.AddedValueScore;
import se.hlt.assessment.scoring.TableRef;

/**
 * The mean Added Value Score of a group of children, with its 95% confidence interval (t-based: mean &plusmn;
 * t<sub>0.975, n&minus;1</sub> &times; SD / &radic;n), and the same for the effect size (AVS / 5 for Ford et al.
 * 2009). This is what the AVS is meant for: services and cohorts, not one child.
 *
 * @param model the model every score was computed with; empty for an empty group
 * @param n how many children have an AVS
 * @param meanAvs the mean AVS with its 95% interval
 * @param meanEffectSize the mean effect size with its 95% interval
 * @param missing every statistic left out, and why
 */
@JsonInclude(JsonInclude.Include.NON_ABSENT)
public record AddedValueSummary(Optional<TableRef> model, int n, Optional<Estimate> meanAvs,
                                Optional<Estimate> meanEffectSize, List<Missing> missing) {

    /** The name of the mean AVS, as used in {@link Missing#statistic()}. */
    public static final String MEAN_AVS = "mean_avs";
    /** The name of the intervals of both means, as used in {@link Missing#statistic()}. */
    public static final String MEAN_AVS_CI = "mean_avs_ci";

    /** Normalises absent optionals and copies the list. */
    public AddedValueSummary {
        model = model == null ? Optional.empty() : model;
        meanAvs = meanAvs == null ? Optional.empty() : meanAvs;
        meanEffectSize = meanEffectSize == null ? Optional.empty() : meanEffectSize;
        missing = List.copyOf(missing);
    }

    /**
     * The summary of {@code scores}.
     *
     * @throws IllegalArgumentException if the scores come from different models, whose means would not mix
     */
    public static AddedValueSummary of(List<AddedValueScore> scores) {
        if (scores.stream().map(s -> s.model().id()).distinct().count() > 1) {
            throw new IllegalArgumentException("Added Value Scores from different models cannot be averaged");
        }
        int n = scores.size();
        List<Missing> missing = new ArrayList<>();
        if (n == 0) {
            missing.add(new Missing(MEAN_AVS, MissingReason.NO_DATA));
            return new AddedValueSummary(Optional.empty(), 0, Optional.empty(), Optional.empty(), missing);
        }
        double[] values = scores.stream().mapToDouble(s -> s.value().doubleValue()).toArray();
        double[] effects = scores.stream().mapToDouble(s -> s.effectSize().doubleValue()).toArray();
        Optional<MissingReason> noInterval = n == 1 ? Optional.of(MissingReason.ONE_CHILD)
                : Values.allEqual(values) ? Optional.of(MissingReason.SAME_VALUE_FOR_ALL) : Optional.empty();
        noInterval.ifPresent(reason -> missing.add(new Missing(MEAN_AVS_CI, reason)));
        return new AddedValueSummary(Optional.of(scores.get(0).model()), n,
                Optional.of(mean(values, noInterval.isEmpty())), Optional.of(mean(effects, noInterval.isEmpty())),
                missing);
    }

    private static Estimate mean(double[] values, boolean withInterval) {
        double mean = StatUtils.mean(values);
        if (!withInterval) {
            return Estimate.alone(mean);
        }
        int n = values.length;
        double halfWidth = new TDistribution(null, n - 1).inverseCumulativeProbability(0.975)
                * Math.sqrt(StatUtils.variance(values) / n);
        return Estimate.of(mean, ConfidenceInterval.around95(mean, halfWidth));
    }
}
