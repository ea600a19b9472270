package se.hlt.assessment.cohort;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
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
 * <p>Every percentage and mean that rests on some of the pairs only carries its own n beside it (the children with
 * a reliable change status, those in an atypical band at T1, those with an Added Value Score the model covers),
 * and the AVS the children left out of it, so that no figure reads as resting on all n pairs. Each such count is
 * shown only where {@link FigureLayers} says it gives nothing away; where it is not, neither are the figures
 * resting on it.
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
 * @param reliableChangeN the children with a reliable change status, whom the three percentages are of
 * @param leftAtypicalPercent of the pairs in an atypical band at T1, the percentage no longer in one at T2
 * @param leftAtypicalN the children in an atypical band at T1, whom that percentage is of
 * @param meanAddedValue the mean Added Value Score with its 95% CI (parent total difficulties)
 * @param meanAddedValueEffectSize the mean AVS effect size with its 95% CI
 * @param addedValueN the children whose AVS the mean rests on: those the model covers
 * @param addedValueLeftOut the children with an AVS the model does not cover (age at baseline outside its ages, or
 *     unknown), left out of the mean
 * @param missing every figure left out, and why
 */
@JsonInclude(JsonInclude.Include.NON_ABSENT)
public record ScaleFigures(String scale, Direction direction, int n, Optional<Descriptives> t1,
                           Optional<Descriptives> t2, Optional<Estimate> meanChange, Optional<PairedTTest> tTest,
                           OptionalDouble signedRankP, Optional<Estimate> dz, Optional<Estimate> dBaseline,
                           OptionalDouble improvedPercent, OptionalDouble unchangedPercent,
                           OptionalDouble deterioratedPercent, OptionalInt reliableChangeN,
                           OptionalDouble leftAtypicalPercent, OptionalInt leftAtypicalN,
                           Optional<Estimate> meanAddedValue, Optional<Estimate> meanAddedValueEffectSize,
                           OptionalInt addedValueN, OptionalInt addedValueLeftOut, List<Missing> missing) {

    /** The name of the reliable change percentages, as used in {@link Missing#statistic()}. */
    public static final String RELIABLE_CHANGE = "reliable_change";
    /** The name of the percentage leaving the atypical bands, as used in {@link Missing#statistic()}. */
    public static final String LEFT_ATYPICAL = "left_atypical";
    /** The name of the count of children left out of the mean AVS, as used in {@link Missing#statistic()}. */
    public static final String AVS_LEFT_OUT = "avs_left_out";

    /** Checks the required parts, normalises absent counts (as an older file has none) and copies the list. */
    public ScaleFigures {
        Objects.requireNonNull(scale, "scale");
        Objects.requireNonNull(direction, "direction");
        reliableChangeN = reliableChangeN == null ? OptionalInt.empty() : reliableChangeN;
        leftAtypicalN = leftAtypicalN == null ? OptionalInt.empty() : leftAtypicalN;
        addedValueN = addedValueN == null ? OptionalInt.empty() : addedValueN;
        addedValueLeftOut = addedValueLeftOut == null ? OptionalInt.empty() : addedValueLeftOut;
        missing = List.copyOf(missing);
    }

    /**
     * The figures of {@code change}, leaving out any share that rests on fewer than {@code minimum} children, and
     * any count (with what rests on it) that {@code shown} says would give a small count away.
     *
     * @param scale the score's column name
     * @param addedValue whether the AVS belongs with this score
     */
    static ScaleFigures of(String scale, CohortChange change, boolean addedValue, int minimum,
                           FigureLayers.Shown shown) {
        PairedChange p = change.change();
        List<Missing> missing = new ArrayList<>(p.missing());
        ReliableChangeShares rc = change.reliableChange();
        boolean rcShown = enough(rc.n(), minimum, shown.reliableChange(), RELIABLE_CHANGE, missing);
        BandExits exits = change.bandExits();
        boolean exitsShown = enough(exits.atypicalAtT1(), minimum, shown.leftAtypical(), LEFT_ATYPICAL, missing);
        AddedValueSummary avs = change.addedValue();
        boolean avsShown = addedValue && enough(avs.n(), minimum, shown.addedValue(), AddedValueSummary.MEAN_AVS,
                missing);
        if (avsShown) {
            missing.addAll(avs.missing());
        }
        // how many were left out of the mean is a count of its own: 0 is shown, a few are not
        boolean leftOutShown = false;
        if (addedValue && (avs.n() > 0 || avs.leftOut() > 0)) {
            leftOutShown = avs.leftOut() == 0 && shown.addedValueLeftOut()
                    || enough(avs.leftOut(), minimum, shown.addedValueLeftOut(), AVS_LEFT_OUT, missing);
        }
        return new ScaleFigures(scale, p.direction(), p.n(), p.t1(), p.t2(), p.meanChange(), p.tTest(),
                p.signedRankTest().map(t -> OptionalDouble.of(t.p())).orElse(OptionalDouble.empty()), p.dz(),
                p.dBaseline(),
                rcShown ? rc.percentImproved() : OptionalDouble.empty(),
                rcShown ? rc.percentUnchanged() : OptionalDouble.empty(),
                rcShown ? rc.percentDeteriorated() : OptionalDouble.empty(),
                rcShown ? OptionalInt.of(rc.n()) : OptionalInt.empty(),
                exitsShown ? exits.percentLeftAtypical() : OptionalDouble.empty(),
                exitsShown ? OptionalInt.of(exits.atypicalAtT1()) : OptionalInt.empty(),
                avsShown ? avs.meanAvs() : Optional.empty(),
                avsShown ? avs.meanEffectSize() : Optional.empty(),
                avsShown ? OptionalInt.of(avs.n()) : OptionalInt.empty(),
                leftOutShown ? OptionalInt.of(avs.leftOut()) : OptionalInt.empty(), missing);
    }

    /**
     * Whether the {@code n} children a figure rests on may be shown with it; if not, notes why it is missing: none,
     * too few, or hidden so that another group's few cannot be worked out.
     */
    private static boolean enough(int n, int minimum, boolean shown, String statistic, List<Missing> missing) {
        if (n > 0 && n < minimum) {
            missing.add(new Missing(statistic, MissingReason.BELOW_MINIMUM));
            return false;
        }
        if (!shown) {
            missing.add(new Missing(statistic, MissingReason.PROTECTS_ANOTHER));
            return false;
        }
        if (n == 0) {
            missing.add(new Missing(statistic, MissingReason.NO_DATA));
            return false;
        }
        return true;
    }
}
