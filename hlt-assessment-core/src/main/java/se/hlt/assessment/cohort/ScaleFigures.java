package se.hlt.assessment.cohort;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;
import se.hlt.assessment.instrument.Direction;

/**
 * The figures a cohort report shows for one score in one group ({@code hlt-context.md}, issue 5): n pairs, mean
 * (SD) at T1 and T2, mean change with its 95% CI, the paired t-test and Wilcoxon signed-rank p-values, d_z and
 * change / SD at baseline with 95% CIs, the percentages reliably improved, unchanged and deteriorated, the
 * percentage of those in an atypical band at T1 (abnormal) who left it, and the mean Added Value Score with its
 * CI.
 *
 * <p>Only what may leave the team is kept: counts below the group's own n are not (a count of the few children
 * who deteriorated could identify them), and a percentage that rests on fewer children than the minimum is left
 * out with {@link MissingReason#BELOW_MINIMUM}. Every figure that is missing says why in {@link #missing()}.
 *
 * @param scale the score's column name, e.g. {@code pemotion}
 * @param direction which way along the score is good for the child
 * @param n the pairs with both scores
 * @param t1 mean and SD at T1
 * @param t2 mean and SD at T2
 * @param meanChange mean of T2 &minus; T1 with its 95% CI
 * @param tTest the paired t-test
 * @param signedRankP the two-sided p-value of the Wilcoxon signed-rank test
 * @param dz mean change / SD of change, with its 95% CI
 * @param dBaseline mean change / SD at T1, with its 95% CI
 * @param improvedPercent the percentage of pairs with a reliable change status that improved reliably
 * @param unchangedPercent ... that showed no reliable change
 * @param deterioratedPercent ... that deteriorated reliably
 * @param leftAtypicalPercent of the pairs in an atypical band at T1, the percentage no longer in one at T2
 * @param meanAddedValue the mean Added Value Score with its 95% CI (parent total difficulties)
 * @param meanAddedValueEffectSize the mean AVS effect size with its 95% CI
 * @param missing every figure left out, and why
 */
@JsonInclude(JsonInclude.Include.NON_ABSENT)
public record ScaleFigures(String scale, Direction direction, int n, Optional<Descriptives> t1,
                           Optional<Descriptives> t2, Optional<Estimate> meanChange, Optional<PairedTTest> tTest,
                           OptionalDouble signedRankP, Optional<Estimate> dz, Optional<Estimate> dBaseline,
                           OptionalDouble improvedPercent, OptionalDouble unchangedPercent,
                           OptionalDouble deterioratedPercent, OptionalDouble leftAtypicalPercent,
                           Optional<Estimate> meanAddedValue, Optional<Estimate> meanAddedValueEffectSize,
                           List<Missing> missing) {

    /** The name of the reliable change percentages, as used in {@link Missing#statistic()}. */
    public static final String RELIABLE_CHANGE = "reliable_change";
    /** The name of the percentage leaving the atypical bands, as used in {@link Missing#statistic()}. */
    public static final String LEFT_ATYPICAL = "left_atypical";

    /** Checks the required parts and copies the list. */
    public ScaleFigures {
        Objects.requireNonNull(scale, "scale");
        Objects.requireNonNull(direction, "direction");
        missing = List.copyOf(missing);
    }

    /**
     * The figures of {@code change}, leaving out any share that rests on fewer than {@code minimum} children.
     *
     * @param scale the score's column name
     * @param addedValue whether the AVS belongs with this score
     */
    static ScaleFigures of(String scale, CohortChange change, boolean addedValue, int minimum) {
        PairedChange p = change.change();
        List<Missing> missing = new ArrayList<>(p.missing());
        ReliableChangeShares rc = change.reliableChange();
        boolean rcShown = enough(rc.n(), minimum, RELIABLE_CHANGE, missing);
        BandExits exits = change.bandExits();
        boolean exitsShown = enough(exits.atypicalAtT1(), minimum, LEFT_ATYPICAL, missing);
        AddedValueSummary avs = change.addedValue();
        boolean avsShown = addedValue && enough(avs.n(), minimum, AddedValueSummary.MEAN_AVS, missing);
        if (avsShown) {
            missing.addAll(avs.missing());
        }
        return new ScaleFigures(scale, p.direction(), p.n(), p.t1(), p.t2(), p.meanChange(), p.tTest(),
                p.signedRankTest().map(t -> OptionalDouble.of(t.p())).orElse(OptionalDouble.empty()), p.dz(),
                p.dBaseline(),
                rcShown ? rc.percentImproved() : OptionalDouble.empty(),
                rcShown ? rc.percentUnchanged() : OptionalDouble.empty(),
                rcShown ? rc.percentDeteriorated() : OptionalDouble.empty(),
                exitsShown ? exits.percentLeftAtypical() : OptionalDouble.empty(),
                avsShown ? avs.meanAvs() : Optional.empty(),
                avsShown ? avs.meanEffectSize() : Optional.empty(), missing);
    }

    /** Whether {@code n} children are enough to show a share; if not, notes why it is missing. */
    private static boolean enough(int n, int minimum, String statistic, List<Missing> missing) {
        if (n == 0) {
            missing.add(new Missing(statistic, MissingReason.NO_DATA));
            return false;
        }
        if (n < minimum) {
            missing.add(new Missing(statistic, MissingReason.BELOW_MINIMUM));
            return false;
        }
        return true;
    }
}
