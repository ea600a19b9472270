package se.hlt.assessment.instrument;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;
import java.util.Optional;

/** The child's sex, as used to choose sex-specific norms. */
public enum Sex {
    /** Girl. */
    FEMALE,
    /** Boy. */
    MALE;

    /** Made once: norms tables are chosen by it for every row of a batch. */
    private final String code = name().toLowerCase(Locale.ROOT);

    /** The lower-case name used in data files and JSON. */
    @JsonValue
    public String code() {
        return code;
    }

    /**
     * Parses the usual spellings: {@code female}/{@code male}, {@code f}/{@code m}, {@code girl}/{@code boy}, and
     * the Swedish {@code flicka}/{@code pojke} and {@code k}/{@code p}; any case.
     *
     * @return the sex, or empty when the text is none of these
     */
    public static Optional<Sex> fromText(String text) {
        switch (text.trim().toLowerCase(Locale.ROOT)) {
            case "female": case "f": case "girl": case "flicka": case "k": case "kvinna":
                return Optional.of(FEMALE);
            case "male": case "m": case "boy": case "pojke": case "p": case "man":
                return Optional.of(MALE);
            default:
                return Optional.empty();
        }
    }

    /**
     * Parses as {@link #fromText(String)} does.
     *
     * @throws IllegalArgumentException if the text is not one of those spellings
     */
    @JsonCreator
    public static Sex parse(String text) {
        return fromText(text).orElseThrow(() -> new IllegalArgumentException("not a sex: " + text));
    }
}
