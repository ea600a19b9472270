package se.hlt.assessment.instrument;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;
import java.util.Optional;

/**
 * When a form is filled in: the first assessment or a follow-up after support has started (the SDQ), or, for the
 * measures filled in at every session (the ORS/SRS family), the start or the end of the session.
 */
public enum Timepoint {
    /** The first assessment, before or as support starts. */
    BASELINE,
    /** A later assessment, typically 3&ndash;6 months after support started. */
    FOLLOWUP,
    /** At the start of every session, about the time since the last (the ORS and its child versions). */
    SESSION_START,
    /** At the end of every session, about the session itself (the SRS and its child versions). */
    SESSION_END;

    /** The lower-case name used in data files and JSON, e.g. {@code "followup"}. */
    @JsonValue
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    /**
     * Parses the usual spellings of a timepoint: {@code baseline}, {@code followup}, {@code follow-up},
     * {@code t1}, {@code t2} (any case), and the Swedish {@code baslinje}, {@code uppföljning}; and
     * {@code session_start}, {@code session_end}.
     *
     * @return the timepoint, or empty when the text is none of these
     */
    public static Optional<Timepoint> fromText(String text) {
        switch (text.trim().toLowerCase(Locale.ROOT)) {
            case "baseline": case "t1": case "baslinje": case "första":
                return Optional.of(BASELINE);
            case "followup": case "follow-up": case "follow_up": case "t2": case "uppföljning": case "uppfoljning":
                return Optional.of(FOLLOWUP);
            case "session_start": case "session-start":
                return Optional.of(SESSION_START);
            case "session_end": case "session-end":
                return Optional.of(SESSION_END);
            default:
                return Optional.empty();
        }
    }

    /**
     * Parses a timepoint as {@link #fromText(String)} does.
     *
     * @throws IllegalArgumentException if the text names no timepoint
     */
    @JsonCreator
    public static Timepoint parse(String text) {
        return fromText(text).orElseThrow(() -> new IllegalArgumentException("not a timepoint: " + text));
    }
}
