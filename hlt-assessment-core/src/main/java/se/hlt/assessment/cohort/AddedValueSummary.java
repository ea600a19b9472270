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
 * @param n how many children have an AVS the mean rests on
 * @param leftOut how many children with an AVS were left out, as the model does not cover them (their age at
 *     baseline outside the ages of its sample, or unknown; {@link se.hlt.assessment.comparison.AddedValueModel#covers})
 * @param meanAvs the mean AVS with its 95% interval
 * @param meanEffectSize the mean effect size with its 95% interval
 * @param missing every statistic left out, and why
 */
@JsonInclude(JsonInclude.Include.NON_ABSENT)
public record AddedValueSummary(Optional<TableRef> model, int n, int leftOut, Optional<Estimate> meanAvs,
                                Optional<Estimate> meanEffectSize, List<Missing> missing) {

    /** The name of the mean AVS, as used in {@link Missing#statistic()}. */
    public static final String MEAN_AVS = "mean_avs";
    /** The name of the intervals of both means, as used in {@link Missing#statistic()}. */
    public static final String MEAN_AVS_CI = "mean_avs_ci";

    /** Normalises absent optionals, checks the counts and copies the list. */
    public AddedValueSummary {
        if (n < 0 || leftOut < 0) {
            throw new IllegalArgumentException("counts must be 0 or more: " + n + ", " + leftOut);
        }
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
        if (scores.isEmpty()) {
            return empty();
        }
        return of(scores.get(0).model(), scores.stream().mapToDouble(s -> s.value().doubleValue()).toArray(),
                scores.stream().mapToDouble(s -> s.effectSize().doubleValue()).toArray());
    }

    /** The summary of a group without any Added Value Score. */
    public static AddedValueSummary empty() {
        return new AddedValueSummary(Optional.empty(), 0, 0, Optional.empty(), Optional.empty(),
                List.of(new Missing(MEAN_AVS, MissingReason.NO_DATA)));
    }

    /**
     * The summary of Added Value Scores given as numbers, as read back from a file: the same as
     * {@link #of(List)} for the scores with these values and effect sizes.
     *
     * @param model the model every score was computed with
     * @param values each child's AVS
     * @param effects each child's effect size, in the same order
     * @throws IllegalArgumentException if the arrays differ in length or hold a number that is not finite
     */
    public static AddedValueSummary of(TableRef model, double[] values, double[] effects) {
        if (values.length != effects.length) {
            throw new IllegalArgumentException("values and effect sizes differ in number");
        }
        for (int i = 0; i < values.length; i++) {
            if (!Double.isFinite(values[i]) || !Double.isFinite(effects[i])) {
                throw new IllegalArgumentException("not a finite AVS: " + values[i] + ", " + effects[i]);
            }
        }
        int n = values.length;
        if (n == 0) {
            return empty();
        }
        List<Missing> missing = new ArrayList<>();
        Optional<MissingReason> noInterval = n == 1 ? Optional.of(MissingReason.ONE_CHILD)
                : Values.allEqual(values) ? Optional.of(MissingReason.SAME_VALUE_FOR_ALL) : Optional.empty();
        noInterval.ifPresent(reason -> missing.add(new Missing(MEAN_AVS_CI, reason)));
        return new AddedValueSummary(Optional.of(model), n, 0,
                Optional.of(mean(values, noInterval.isEmpty())), Optional.of(mean(effects, noInterval.isEmpty())),
                missing);
    }

    /** This summary, saying that {@code count} children with an AVS were left out of it. */
    public AddedValueSummary withLeftOut(int count) {
        return new AddedValueSummary(model, n, count, meanAvs, meanEffectSize, missing);
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
