package se.hlt.assessment.csv;

import java.util.Objects;
import java.util.Optional;

/**
 * How a pairing run ended: {@link Completed} (every row is in a pair, the unpaired file or the errors file) or
 * {@link Refused} (an input as a whole could not be used, and nothing was written).
 */
public sealed interface CompareOutcome permits CompareOutcome.Completed, CompareOutcome.Refused {

    /** The summary, when the run completed. */
    Optional<CompareSummary> summary();

    /** Why an input was refused, when one was. */
    Optional<Refusal> refusal();

    /**
     * The run ended; the three files are in place.
     *
     * @param result the counts
     */
    record Completed(CompareSummary result) implements CompareOutcome {

        /** Checks the summary. */
        public Completed {
            Objects.requireNonNull(result, "result");
        }

        @Override
        public Optional<CompareSummary> summary() {
            return Optional.of(result);
        }

        @Override
        public Optional<Refusal> refusal() {
            return Optional.empty();
        }
    }

    /**
     * An input was refused; no file was written, and existing ones were left as they were.
     *
     * @param file the role of the file refused ({@code baseline}, {@code followup}, {@code input}); empty when
     *     the refusal is about the files together (e.g. two of them are the same file)
     * @param reason why
     */
    record Refused(Optional<String> file, Refusal reason) implements CompareOutcome {

        /** Checks both parts. */
        public Refused {
            Objects.requireNonNull(file, "file");
            Objects.requireNonNull(reason, "reason");
        }

        @Override
        public Optional<CompareSummary> summary() {
            return Optional.empty();
        }

        @Override
        public Optional<Refusal> refusal() {
            return Optional.of(reason);
        }
    }
}
