package se.hlt.assessment.series;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import se.hlt.assessment.instrument.Informant;

/**
 * One rater's part of a client's series: a parent's ratings are never compared with the child's, so each rater's
 * forms are followed on their own.
 *
 * @param rater who rated these forms
 * @param sessions the rater's forms in session order, the outcome form before the alliance form of a session
 * @param outcome what the rater's outcome forms say about change; empty when the rater has none
 * @param alerts every alert raised at the rater's forms, in session order
 */
public record Track(Informant rater, List<SessionResult> sessions, Optional<OutcomeSummary> outcome,
                    List<Alert> alerts) {

    /** Checks the rater and copies the lists. */
    public Track {
        Objects.requireNonNull(rater, "rater");
        sessions = List.copyOf(sessions);
        outcome = outcome == null ? Optional.empty() : outcome;
        alerts = List.copyOf(alerts);
    }

    /** The sessions at which an alliance alert was raised, in order, each once. */
    public List<Integer> allianceAlertSessions() {
        return alerts.stream().filter(a -> a.kind().isAlliance()).map(Alert::session).distinct().toList();
    }
}
