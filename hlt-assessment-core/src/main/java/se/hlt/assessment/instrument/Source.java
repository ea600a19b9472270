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
 * @param citationNote how the cited work was read or what of it is used, in English (e.g. "Read as reproduced in
 *     ..."): kept apart from the citation, which is a reference in the work's own words, so that a page in
 *     another language can leave the English prose out
 */
@JsonInclude(JsonInclude.Include.NON_ABSENT)
public record Source(String citation, Optional<String> url, Confidence confidence, Optional<String> note,
                     Optional<String> citationNote) {

    /** Checks the required parts and normalises absent optionals. */
    public Source {
        Objects.requireNonNull(citation, "citation");
        Objects.requireNonNull(confidence, "confidence");
        url = url == null ? Optional.empty() : url;
        note = note == null ? Optional.empty() : note;
        citationNote = citationNote == null ? Optional.empty() : citationNote;
    }

    /** A source without a citation note. */
    public Source(String citation, Optional<String> url, Confidence confidence, Optional<String> note) {
        this(citation, url, confidence, note, Optional.empty());
    }

    /** Returns a source with a citation and a confidence tag only. */
    public static Source of(String citation, Confidence confidence) {
        return new Source(citation, Optional.empty(), confidence, Optional.empty());
    }
}
