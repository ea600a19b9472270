package se.hlt.assessment.cohort;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/** Why a statistic of a group is missing. A user interface can choose its own wording by reason. */
public enum MissingReason {
    /** The group has no children. */
    NO_DATA("the group is empty"),
    /** The group has a single child: a spread, a test or an interval needs at least two. */
    ONE_CHILD("a spread, a test or an interval needs at least two children"),
    /** Every child changed by the same amount, so the SD of change is 0. */
    SAME_CHANGE_FOR_ALL("every child changed by the same amount, so the SD of change is 0"),
    /** Every child had the same T1 score, so the SD at baseline is 0. */
    SAME_T1_FOR_ALL("every child had the same score at T1, so the SD at baseline is 0"),
    /** Every child had the same T2 score, so T1 and T2 have no correlation. */
    SAME_T2_FOR_ALL("every child had the same score at T2, so the T1-T2 correlation is undefined"),
    /** Every child's change is exactly 0, so the signed-rank test has nothing to rank. */
    NO_CHANGE_AT_ALL("every child's change is 0, so there is nothing to rank"),
    /** Every child has the same value, so there is no spread to build an interval from. */
    SAME_VALUE_FOR_ALL("every child has the same value, so there is no spread to build an interval from"),
    /**
     * The statistic would rest on fewer children than the minimum a table leaving the team may show (for
     * example a share of the few children in the abnormal band at T1), so it is hidden.
     */
    BELOW_MINIMUM("it would rest on fewer children than the minimum shown, so it is hidden"),
    /**
     * The count the statistic rests on is hidden so that a count below the minimum in another group cannot be
     * worked out from it and the totals (as small groups' neighbours are hidden).
     */
    PROTECTS_ANOTHER("its count is hidden so that a small count in another group cannot be worked out");

    private final String message;

    MissingReason(String message) {
        this.message = message;
    }

    /** The reason in one English sentence. */
    public String message() {
        return message;
    }

    /** The lower-case name used in JSON, e.g. {@code one_child}. */
    @JsonValue
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }
}
