package se.hlt.assessment.series;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import se.hlt.assessment.privacy.PersonalIdentityNumbers;

/**
 * A scored series: each rater's track of sessions with its change and alerts, and every row that could not be part
 * of it, with the reason. Immutable; the same forms in any order give an equal result.
 *
 * @param client the client's pseudonymous id
 * @param episode the episode of care, if given
 * @param rulesId the id of the rules used (cut-offs, reliable change, alerts), e.g. {@code pcoms-defaults}
 * @param tracks one per rater, in the order self, parent, teacher, other
 * @param problems the rows not in any track, in row order
 */
public record SeriesResult(String client, Optional<String> episode, String rulesId, List<Track> tracks,
                           List<SeriesProblem> problems) {

    /**
     * Checks the required parts and copies the lists.
     *
     * @throws IllegalArgumentException if the client or the episode looks like a personal identity number (named,
     *     never repeated), as {@link SeriesScorer#assess} is given them by its caller
     */
    public SeriesResult {
        PersonalIdentityNumbers.requireNone(Objects.requireNonNull(client, "client"), "client");
        Objects.requireNonNull(rulesId, "rulesId");
        episode = episode == null ? Optional.empty() : episode;
        episode.ifPresent(value -> PersonalIdentityNumbers.requireNone(value, "episode"));
        tracks = List.copyOf(tracks);
        problems = List.copyOf(problems);
    }

    /** The scored form from {@code row}, if that row is part of a track. */
    public Optional<SessionResult> sessionOf(long row) {
        return tracks.stream().flatMap(t -> t.sessions().stream()).filter(s -> s.row() == row).findFirst();
    }

    /** Every scored form of every track. */
    public List<SessionResult> sessions() {
        return tracks.stream().flatMap(t -> t.sessions().stream()).toList();
    }

    /** Whether every row is part of a track. */
    public boolean isClean() {
        return problems.isEmpty();
    }
}
