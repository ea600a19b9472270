package se.hlt.assessment.instrument;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.Objects;
import java.util.Optional;

/**
 * Where a rule or a table comes from, and how sure we are of it.
 *
 * @param citation the full reference, as one would cite it
 * @param url where it was read, if it was read online
 * @param confidence the confidence tag from the specification
 * @param note anything a reader should know, e.g. which source was followed where two disagree
 */
@JsonInclude(JsonInclude.Include.NON_ABSENT)
public record Source(String citation, Optional<String> url, Confidence confidence, Optional<String> note) {

    /** Checks the required parts and normalises absent optionals. */
    public Source {
        Objects.requireNonNull(citation, "citation");
        Objects.requireNonNull(confidence, "confidence");
        url = url == null ? Optional.empty() : url;
        note = note == null ? Optional.empty() : note;
    }

    /** Returns a source with a citation and a confidence tag only. */
    public static Source of(String citation, Confidence confidence) {
        return new Source(citation, Optional.empty(), confidence, Optional.empty());
    }
}
