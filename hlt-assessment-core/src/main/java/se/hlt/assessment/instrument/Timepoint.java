package se.hlt.assessment.instrument;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;
import java.util.Optional;

/** Whether a form is the first assessment or a follow-up after support has started. */
public enum Timepoint {
    /** The first assessment, before or as support starts. */
    BASELINE,
    /** A later assessment, typically 3&ndash;6 months after support started. */
    FOLLOWUP;

    /** The lower-case name used in data files and JSON, e.g. {@code "followup"}. */
    @JsonValue
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    /**
     * Parses the usual spellings of a timepoint: {@code baseline}, {@code followup}, {@code follow-up},
     * {@code t1}, {@code t2} (any case), and the Swedish {@code baslinje}, {@code uppföljning}.
     *
     * @return the timepoint, or empty when the text is none of these
     */
    public static Optional<Timepoint> fromText(String text) {
        switch (text.trim().toLowerCase(Locale.ROOT)) {
            case "baseline": case "t1": case "baslinje": case "första":
                return Optional.of(BASELINE);
            case "followup": case "follow-up": case "follow_up": case "t2": case "uppföljning": case "uppfoljning":
                return Optional.of(FOLLOWUP);
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
