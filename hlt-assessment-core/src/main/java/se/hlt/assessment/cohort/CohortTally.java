package se.hlt.assessment.cohort;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.OptionalInt;
import se.hlt.assessment.comparison.AddedValueModel;
import se.hlt.assessment.comparison.BandMove;
import se.hlt.assessment.comparison.BandPosition;
import se.hlt.assessment.comparison.ChangeStatus;

/**
 * What a cohort report needs of its pairs, tallied per group as a pairs file is read: per group the number of
 * pairs and their Added Value Scores, and per group and score a {@link ScaleTally}. Memory grows with the groups,
 * not the pairs (but for the Added Value Scores, 16 bytes a pair).
 *
 * <p>Which Added Value Scores a group's mean rests on is decided here, once, whatever file they came from: only
 * those of children the model covers ({@link AddedValueModel#covers}); the others are counted as left out, so
 * that every surface can say how many.
 *
 * <p>Not thread-safe: each reading thread fills its own, and {@link #addAll} joins them.
 */
public final class CohortTally {

    private final int scales;
    private final AddedValueModel model;
    private final List<Group> groups = new ArrayList<>();

    /** One group's tallies. */
    static final class Group {
        int pairs;
        final ScaleTally[] scales;
        double[] addedValues = new double[16];
        double[] effectSizes = new double[16];
        int withAddedValue;
        /** Pairs with an AVS that the model does not cover (their age at baseline outside its ages, or unknown). */
        int addedValueLeftOut;
        /** Pairs with a form whose age is outside its instrument version's ages. */
        int ageOutsideVersion;

        Group(int scaleCount) {
            scales = new ScaleTally[scaleCount];
            for (int s = 0; s < scaleCount; s++) {
                scales[s] = new ScaleTally();
            }
        }

        void addedValue(double value, double effectSize) {
            if (withAddedValue == addedValues.length) {
                addedValues = Arrays.copyOf(addedValues, withAddedValue * 2);
                effectSizes = Arrays.copyOf(effectSizes, withAddedValue * 2);
            }
            addedValues[withAddedValue] = value;
            effectSizes[withAddedValue] = effectSize;
            withAddedValue++;
        }

        void add(Group other) {
            pairs += other.pairs;
            addedValueLeftOut += other.addedValueLeftOut;
            ageOutsideVersion += other.ageOutsideVersion;
            for (int s = 0; s < scales.length; s++) {
                scales[s].add(other.scales[s]);
            }
            addedValuesOf(other);
        }

        /** Room for {@code count} Added Value Scores in all, made now: a total merged from its cells grows once. */
        void reserveAddedValues(int count) {
            if (count > addedValues.length) {
                addedValues = Arrays.copyOf(addedValues, count);
                effectSizes = Arrays.copyOf(effectSizes, count);
            }
        }

        /** Another group's Added Value Scores after this one's: copied in one go, the arrays grown at most once. */
        void addedValuesOf(Group other) {
            int needed = withAddedValue + other.withAddedValue;
            if (needed > addedValues.length) {
                int capacity = Math.max(needed, addedValues.length * 2);
                addedValues = Arrays.copyOf(addedValues, capacity);
                effectSizes = Arrays.copyOf(effectSizes, capacity);
            }
            System.arraycopy(other.addedValues, 0, addedValues, withAddedValue, other.withAddedValue);
            System.arraycopy(other.effectSizes, 0, effectSizes, withAddedValue, other.withAddedValue);
            withAddedValue = needed;
        }
    }

    /** Tallies of pairs with {@code scales} scores each, their Added Value Scores from the shipped model. */
    public CohortTally(int scales) {
        this(scales, AddedValueModel.ford2009());
    }

    /** Tallies of pairs with {@code scales} scores each, whose Added Value Scores come from {@code model}. */
    public CohortTally(int scales, AddedValueModel model) {
        this.scales = scales;
        this.model = Objects.requireNonNull(model, "model");
    }

    /** How many scores each pair has. */
    public int scales() {
        return scales;
    }

    /** How many groups have been named so far. */
    public int groups() {
        return groups.size();
    }

    /** How many pairs in all. */
    public long pairs() {
        return groups.stream().mapToLong(g -> g.pairs).sum();
    }

    /** Counts one more pair in group {@code group} (0 or more; numbers not seen yet are added). */
    public void pair(int group) {
        group(group).pairs++;
    }

    /**
     * Counts a pair of group {@code group} with both scores of score {@code scale}.
     *
     * @throws IllegalArgumentException if a score is not a whole number from 0
     */
    public void scores(int group, int scale, int t1, int t2) {
        if (t1 < 0 || t2 < 0) {
            throw new IllegalArgumentException("scores must be whole numbers from 0: " + t1 + ", " + t2);
        }
        group(group).scales[scale].scores(t1, t2);
    }

    /** Counts the reliable change status of a pair of group {@code group} on score {@code scale}. */
    public void status(int group, int scale, ChangeStatus status) {
        group(group).scales[scale].status(status);
    }

    /** Counts the bands at T1 and T2 (of one banding) of a pair of group {@code group} on score {@code scale}. */
    public void bands(int group, int scale, BandPosition t1, BandPosition t2) {
        BandMove.requireOneBanding(t1, t2);
        group(group).scales[scale].bands(t1, t2);
    }

    /**
     * Keeps the Added Value Score and its effect size of a pair of group {@code group} when the model covers the
     * child ({@link AddedValueModel#covers}); otherwise counts it as left out.
     *
     * @param ageAtBaseline the child's age at baseline, if known
     */
    public void addedValue(int group, double value, double effectSize, OptionalInt ageAtBaseline) {
        if (!Double.isFinite(value) || !Double.isFinite(effectSize)) {
            throw new IllegalArgumentException("not a finite AVS: " + value + ", " + effectSize);
        }
        if (model.covers(ageAtBaseline)) {
            group(group).addedValue(value, effectSize);
        } else {
            group(group).addedValueLeftOut++;
        }
    }

    /** Counts a pair of group {@code group} with a form whose age is outside its instrument version's ages. */
    public void ageOutsideVersion(int group) {
        group(group).ageOutsideVersion++;
    }

    /** Adds {@code other}'s tallies, its group {@code g} becoming this one's {@code groupMap[g]}. */
    public void addAll(CohortTally other, int[] groupMap) {
        if (other.scales != scales || !other.model.id().equals(model.id())) {
            throw new IllegalArgumentException("tallies of " + other.scales + " scores with AVS model "
                    + other.model.id() + ", not " + scales + " with " + model.id());
        }
        for (int g = 0; g < other.groups.size(); g++) {
            group(groupMap[g]).add(other.groups.get(g));
        }
    }

    /**
     * The tallies of some groups and scores only: group {@code g} of the result is this one's
     * {@code groups[g]}, and score {@code s} this one's {@code scales[s]}.
     */
    public CohortTally select(int[] groups, int[] scales) {
        CohortTally part = new CohortTally(scales.length, model);
        for (int g = 0; g < groups.length; g++) {
            Group from = group(groups[g]);
            Group to = part.group(g);
            to.pairs = from.pairs;
            to.addedValueLeftOut = from.addedValueLeftOut;
            to.ageOutsideVersion = from.ageOutsideVersion;
            for (int s = 0; s < scales.length; s++) {
                to.scales[s].add(from.scales[scales[s]]);
            }
            to.addedValuesOf(from);
        }
        return part;
    }

    /**
     * Groups {@code groups} merged into one (a row, a column, the whole): its Added Value Scores made room for once,
     * as a million pairs' arrays grown by doubling, and then copied out of the young generation, were a sixth of
     * {@code hlt cohort}'s time.
     */
    Group merged(int[] groups) {
        Group merged = new Group(scales);
        int addedValues = 0;
        for (int g : groups) {
            addedValues += group(g).withAddedValue;
        }
        merged.reserveAddedValues(addedValues);
        for (int g : groups) {
            merged.add(group(g));
        }
        return merged;
    }

    /** The tallies of group {@code g} (an empty group if never counted). */
    Group group(int g) {
        while (groups.size() <= g) {
            groups.add(new Group(scales));
        }
        return groups.get(g);
    }
}
