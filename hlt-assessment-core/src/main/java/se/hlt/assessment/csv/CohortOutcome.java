package se.hlt.assessment.csv;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import se.hlt.assessment.cohort.CohortReport;
import se.hlt.assessment.json.CohortReading;

/** How reading pairs files for a cohort report ended: the reports, or why a file was refused. */
public sealed interface CohortOutcome permits CohortOutcome.Completed, CohortOutcome.Refused {

    /** The reports, one per instrument and informant, when the files could be read; else none. */
    List<CohortReport> reports();

    /** Why a file was refused, when one was. */
    Optional<Refusal> refusal();

    /**
     * The files were read.
     *
     * @param results one report per instrument and informant the pairs have, in the order first met
     * @param reading what the reading did with each row
     */
    record Completed(List<CohortReport> results, CohortReading reading) implements CohortOutcome {

        /** Checks both parts and copies the list. */
        public Completed {
            results = List.copyOf(results);
            Objects.requireNonNull(reading, "reading");
        }

        @Override
        public List<CohortReport> reports() {
            return results;
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
        public List<CohortReport> reports() {
            return List.of();
        }

        @Override
        public Optional<Refusal> refusal() {
            return Optional.of(reason);
        }
    }
}
