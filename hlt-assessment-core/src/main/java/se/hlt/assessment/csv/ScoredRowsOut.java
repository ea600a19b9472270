package se.hlt.assessment.csv;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import se.hlt.assessment.norms.MeasureRole;
import se.hlt.assessment.series.Alert;
import se.hlt.assessment.series.Expectation;
import se.hlt.assessment.series.SessionResult;

/**
 * Writes the output file: each scored row's input cells unchanged, then what the series says about it.
 *
 * <p>Added columns: {@code scored_total} (the form's total; empty when a scale is missing, and for the young-child
 * rating), {@code status} ({@code complete}, {@code incomplete}, {@code total_only}), {@code cutoff} (for the
 * instrument, rater and age; empty where none applies), {@code clinical} (1 when an outcome total is below the
 * cut-off, 0 when not), {@code alliance_alert} (1 when an alliance form raised an alert, 0 when not),
 * {@code change_since_intake} (outcome forms), {@code alerts} (their codes, space-separated); and, with an expected
 * response table, {@code expected_total}, {@code expected_lower} and {@code on_track} (1 or 0). Decimals are
 * written with the file's decimal separator: a comma in a semicolon file.
 */
final class ScoredRowsOut {

    private final CsvLineWriter out;
    private final List<String> inputHeader;
    private final boolean withExpected;
    private final char decimal;

    ScoredRowsOut(CsvLineWriter out, List<String> inputHeader, boolean withExpected, char decimal) {
        this.out = out;
        this.inputHeader = inputHeader;
        this.withExpected = withExpected;
        this.decimal = decimal;
    }

    void writeHeader() {
        List<String> header = new ArrayList<>(inputHeader);
        header.addAll(List.of("scored_total", "status", "cutoff", "clinical", "alliance_alert", "change_since_intake"));
        if (withExpected) {
            header.addAll(List.of("expected_total", "expected_lower", "on_track"));
        }
        header.add("alerts");
        out.line(header);
    }

    void write(SessionRow row, SessionResult s) {
        row.cells.copyCells(out);
        out.field(Decimals.text(s.total(), decimal));
        out.field(s.form().status().code());
        out.field(Decimals.text(s.cutoffValue(), decimal));
        flag(s.clinical());
        flag(s.role() == MeasureRole.ALLIANCE && s.total().isPresent() ? Optional.of(s.allianceAlert())
                : Optional.empty());
        out.field(Decimals.text(s.changeSinceIntake(), decimal));
        if (withExpected) {
            out.field(Decimals.text(s.expected().map(Expectation::expected), decimal));
            out.field(Decimals.text(s.expected().map(Expectation::lower), decimal));
            flag(s.expected().map(Expectation::onTrack));
        }
        if (s.alerts().isEmpty()) {
            out.field("");
        } else {
            StringBuilder codes = new StringBuilder();
            for (Alert a : s.alerts()) {
                codes.append(codes.length() == 0 ? "" : " ").append(a.kind().code());
            }
            out.field(codes.toString());
        }
        out.endLine();
    }

    private void flag(Optional<Boolean> value) {
        if (value.isPresent()) {
            out.field(value.get() ? "1" : "0");
        } else {
            out.field("");
        }
    }
}
