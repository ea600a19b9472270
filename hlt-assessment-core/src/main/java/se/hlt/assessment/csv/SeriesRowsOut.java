package se.hlt.assessment.csv;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import se.hlt.assessment.comparison.ChangeStatus;
import se.hlt.assessment.norms.MeasureRole;
import se.hlt.assessment.series.Alert;
import se.hlt.assessment.series.AlertKind;
import se.hlt.assessment.series.OutcomeSummary;
import se.hlt.assessment.series.SeriesResult;
import se.hlt.assessment.series.SessionResult;
import se.hlt.assessment.series.Track;

/**
 * Writes the series file: one row per client, episode and rater.
 *
 * <p>Columns: {@code client}, {@code episode}, {@code rater}, {@code sessions} (how many sessions the rater has a
 * form at), {@code intake_session}, {@code intake_total}, {@code latest_session}, {@code latest_total},
 * {@code change}, {@code cutoff} and {@code reliable_change_points} (the rules at intake),
 * {@code reliable_change} ({@code improved}, {@code no_reliable_change}, {@code deteriorated}),
 * {@code clinically_significant} (1 or 0), {@code alliance_latest_total}, {@code alliance_alert_sessions},
 * {@code no_early_change_session} and {@code below_expected_sessions} (session numbers, space-separated). An empty
 * cell means "does not apply" or "cannot be judged" (e.g. a single total, or no cut-off for this rater and age).
 */
final class SeriesRowsOut {

    private final CsvLineWriter out;
    private final char decimal;

    SeriesRowsOut(CsvLineWriter out, char decimal) {
        this.out = out;
        this.decimal = decimal;
    }

    void writeHeader() {
        out.line(List.of("client", "episode", "rater", "sessions", "intake_session", "intake_total",
                "latest_session", "latest_total", "change", "cutoff", "reliable_change_points", "reliable_change",
                "clinically_significant", "alliance_latest_total", "alliance_alert_sessions",
                "no_early_change_session", "below_expected_sessions"));
    }

    /** Writes one row per track of {@code series}; returns how many. */
    int write(SeriesResult series) {
        for (Track t : series.tracks()) {
            out.text(series.client());
            out.text(series.episode().orElse(""));
            out.field(t.rater().code());
            out.field(Integer.toString(distinctSessions(t.sessions())));
            Optional<OutcomeSummary> o = t.outcome();
            integer(o.map(OutcomeSummary::intakeSession).orElse(OptionalInt.empty()));
            out.field(Decimals.text(o.flatMap(OutcomeSummary::intakeTotal), decimal));
            integer(o.map(OutcomeSummary::latestSession).orElse(OptionalInt.empty()));
            out.field(Decimals.text(o.flatMap(OutcomeSummary::latestTotal), decimal));
            out.field(Decimals.text(o.flatMap(OutcomeSummary::change), decimal));
            out.field(Decimals.text(o.flatMap(OutcomeSummary::cutoffValue), decimal));
            out.field(Decimals.text(o.flatMap(OutcomeSummary::reliableChangePoints), decimal));
            out.field(o.flatMap(OutcomeSummary::reliableChange).map(ChangeStatus::code).orElse(""));
            out.field(o.flatMap(OutcomeSummary::clinicallySignificant).map(b -> b ? "1" : "0").orElse(""));
            out.field(Decimals.text(latestAllianceTotal(t.sessions()), decimal));
            out.field(sessions(t.alerts(), null));
            out.field(sessions(t.alerts(), AlertKind.NO_EARLY_CHANGE));
            out.field(sessions(t.alerts(), AlertKind.BELOW_EXPECTED));
            out.endLine();
        }
        return series.tracks().size();
    }

    /** How many different sessions the track has forms at (its forms are in session order). */
    private static int distinctSessions(List<SessionResult> sessions) {
        int count = 0;
        int previous = 0;
        for (SessionResult s : sessions) {
            if (s.session() != previous) {
                count++;
                previous = s.session();
            }
        }
        return count;
    }

    private static Optional<BigDecimal> latestAllianceTotal(List<SessionResult> sessions) {
        Optional<BigDecimal> latest = Optional.empty();
        for (SessionResult s : sessions) {
            if (s.role() == MeasureRole.ALLIANCE && s.total().isPresent()) {
                latest = s.total();
            }
        }
        return latest;
    }

    /**
     * The sessions of the alerts of {@code kind} (of any alliance kind when null), space-separated, each once; the
     * alerts are in session order. A loop, not a stream: this runs for every series of a large batch.
     */
    private static String sessions(List<Alert> alerts, AlertKind kind) {
        if (alerts.isEmpty()) {
            return "";
        }
        StringBuilder text = new StringBuilder();
        int last = 0;
        for (Alert a : alerts) {
            boolean wanted = kind == null ? a.kind().isAlliance() : a.kind() == kind;
            if (wanted && a.session() != last) {
                text.append(text.length() == 0 ? "" : " ").append(a.session());
                last = a.session();
            }
        }
        return text.toString();
    }

    private void integer(OptionalInt value) {
        if (value.isPresent()) {
            out.field(Integer.toString(value.getAsInt()));
        } else {
            out.field("");
        }
    }
}
