package se.hlt.assessment.csv;

import java.util.List;
import java.util.Objects;
import se.hlt.assessment.cohort.CohortReport;
import se.hlt.assessment.json.CohortReading;

/**
 * What a completed cohort reading gives ({@link CohortCsv#read}): the reports and what the reading did.
 *
 * @param reports one report per instrument and informant the pairs have, in the order first met
 * @param reading what the reading did with each row
 */
public record CohortSummary(List<CohortReport> reports, CohortReading reading) {

    /** Checks both parts and copies the list. */
    public CohortSummary {
        reports = List.copyOf(reports);
        Objects.requireNonNull(reading, "reading");
    }
}
