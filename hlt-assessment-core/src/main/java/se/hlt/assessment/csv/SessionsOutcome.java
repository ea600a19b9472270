package se.hlt.assessment.csv;

import java.util.Objects;
import java.util.Optional;

/**
 * How a sessions batch ended: completed (every row scored or listed as an error), or refused as a whole (nothing
 * written). Exactly one of the two is present.
 *
 * @param summary the counts, when the batch completed
 * @param refusal why the file was refused, when it was
 */
public record SessionsOutcome(Optional<SessionsSummary> summary, Optional<SessionsRefusal> refusal) {

    /** Checks that exactly one of the two is present. */
    public SessionsOutcome {
        Objects.requireNonNull(summary, "summary");
        Objects.requireNonNull(refusal, "refusal");
        if (summary.isPresent() == refusal.isPresent()) {
            throw new IllegalArgumentException("a batch either completes or is refused");
        }
    }

    /** A completed batch. */
    public static SessionsOutcome completed(SessionsSummary summary) {
        return new SessionsOutcome(Optional.of(summary), Optional.empty());
    }

    /** A refused file. */
    public static SessionsOutcome refused(SessionsRefusal refusal) {
        return new SessionsOutcome(Optional.empty(), Optional.of(refusal));
    }
}
