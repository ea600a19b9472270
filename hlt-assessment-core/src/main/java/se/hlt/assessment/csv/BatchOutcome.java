package se.hlt.assessment.csv;

import java.util.Objects;
import java.util.Optional;

/**
 * How a CSV batch ended: {@link Completed} (every row scored or listed as an error) or {@link Refused} (the file
 * as a whole could not be processed, and nothing was written).
 */
public sealed interface BatchOutcome permits BatchOutcome.Completed, BatchOutcome.Refused {

    /** The summary, when the batch completed. */
    Optional<BatchSummary> summary();

    /** Why the file was refused, when it was. */
    Optional<Refusal> refusal();

    /**
     * The batch ran to the end; the output and errors files are in place.
     *
     * @param result the counts
     */
    record Completed(BatchSummary result) implements BatchOutcome {

        /** Checks the summary. */
        public Completed {
            Objects.requireNonNull(result, "result");
        }

        @Override
        public Optional<BatchSummary> summary() {
            return Optional.of(result);
        }

        @Override
        public Optional<Refusal> refusal() {
            return Optional.empty();
        }
    }

    /**
     * The file was refused; no output or errors file was written, and existing ones were left as they were.
     *
     * @param reason why
     */
    record Refused(Refusal reason) implements BatchOutcome {

        /** Checks the reason. */
        public Refused {
            Objects.requireNonNull(reason, "reason");
        }

        @Override
        public Optional<BatchSummary> summary() {
            return Optional.empty();
        }

        @Override
        public Optional<Refusal> refusal() {
            return Optional.of(reason);
        }
    }
}
