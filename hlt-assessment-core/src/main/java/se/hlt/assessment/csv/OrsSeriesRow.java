package se.hlt.assessment.csv;

import java.util.Objects;

/**
 * One row of an ORS series file ({@code hlt batch ors --series}): one client's track for one rater, intake
 * against latest. Numbers are kept as text with a decimal point, exactly as written (18.3, never 18.299999).
 *
 * @param row the row as a spreadsheet shows it
 * @param client the client's pseudonymous id
 * @param episode the episode of care, or empty
 * @param rater who rated: {@code self}, {@code parent}, {@code teacher} or {@code other}
 * @param sessions how many sessions the rater has a form at
 * @param intakeSession the session of the intake total, or empty
 * @param intakeTotal the intake total (T1), or empty
 * @param latestSession the session of the latest total, or empty
 * @param latestTotal the latest total (T2), or empty
 * @param change latest minus intake, or empty
 * @param cutoff the clinical cut-off that applies, or empty
 * @param reliableChangePoints the change that is reliable, or empty
 * @param reliableChange {@code improved}, {@code no_reliable_change}, {@code deteriorated}, or empty
 * @param clinicallySignificant {@code 1}, {@code 0}, or empty
 */
record OrsSeriesRow(long row, String client, String episode, String rater, String sessions, String intakeSession,
                    String intakeTotal, String latestSession, String latestTotal, String change, String cutoff,
                    String reliableChangePoints, String reliableChange, String clinicallySignificant) {

    /** Checks that every part is present (empty text for a value the series does not give). */
    OrsSeriesRow {
        Objects.requireNonNull(client, "client");
        Objects.requireNonNull(rater, "rater");
    }
}
