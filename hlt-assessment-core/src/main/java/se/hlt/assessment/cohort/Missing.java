package se.hlt.assessment.cohort;

import java.util.Objects;

/**
 * A statistic that a group's result leaves out, and why.
 *
 * @param statistic the statistic's name, e.g. {@code t_test} or {@code d_z_ci}
 * @param reason why it is missing
 */
public record Missing(String statistic, MissingReason reason) {

    /** Checks that both parts are present. */
    public Missing {
        Objects.requireNonNull(statistic, "statistic");
        Objects.requireNonNull(reason, "reason");
    }

    /** The statistic and the reason in one English sentence. */
    public String message() {
        return statistic + ": " + reason.message();
    }
}
