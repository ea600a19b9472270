package se.hlt.assessment.series;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import se.hlt.assessment.privacy.PersonalIdentityNumbers;

/**
 * One client's forms across sessions, in any order: outcome forms (ORS, CORS, YCORS), alliance forms (SRS, CSRS,
 * YCSRS), by one rater or several.
 *
 * @param client the client's pseudonymous id (never a name or a personal identity number)
 * @param episode the episode of care, when a client has more than one
 * @param forms the forms, in any order
 */
public record Series(String client, Optional<String> episode, List<SessionForm> forms) {

    /**
     * Checks the client and copies the forms.
     *
     * @throws IllegalArgumentException if the client or the episode looks like a personal identity number (named,
     *     never repeated): the same screen as a form's id
     */
    public Series {
        PersonalIdentityNumbers.requireNone(Objects.requireNonNull(client, "client"), "client");
        episode = episode == null ? Optional.empty() : episode;
        episode.ifPresent(value -> PersonalIdentityNumbers.requireNone(value, "episode"));
        forms = List.copyOf(forms);
    }

    /** The forms of {@code client}, with no episode. */
    public static Series of(String client, List<SessionForm> forms) {
        return new Series(client, Optional.empty(), forms);
    }
}
