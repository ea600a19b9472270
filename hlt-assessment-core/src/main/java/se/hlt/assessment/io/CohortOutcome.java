package se.hlt.assessment.io;

import java.util.Objects;
import java.util.Optional;
import se.hlt.assessment.cohort.CohortReport;

/** How reading pairs files for a cohort report ended: the report, or why a file was refused. */
public sealed interface CohortOutcome permits CohortOutcome.Completed, CohortOutcome.Refused {

    /** The report, when the files could be read. */
    Optional<CohortReport> report();

    /** Why a file was refused, when one was. */
    Optional<Refusal> refusal();

    /**
     * The files were read.
     *
     * @param result the report
     * @param reading what the reading did with each row
     */
    record Completed(CohortReport result, CohortReading reading) implements CohortOutcome {

        /** Checks both parts. */
        public Completed {
            Objects.requireNonNull(result, "result");
            Objects.requireNonNull(reading, "reading");
        }

        @Override
        public Optional<CohortReport> report() {
            return Optional.of(result);
        }

        @Override
        public Optional<Refusal> refusal() {
            return Optional.empty();
        }
    }

    /**
     * A file was refused; no report is made.
     *
     * @param file the file's name
     * @param reason why
     */
    record Refused(String file, Refusal reason) implements CohortOutcome {

        /** Checks both parts. */
        public Refused {
            Objects.requireNonNull(file, "file");
            Objects.requireNonNull(reason, "reason");
        }

        @Override
        public Optional<CohortReport> report() {
            return Optional.empty();
        }

        @Override
        public Optional<Refusal> refusal() {
            return Optional.of(reason);
        }
    }
}
