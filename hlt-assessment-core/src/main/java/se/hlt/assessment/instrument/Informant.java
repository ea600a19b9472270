package se.hlt.assessment.instrument;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/**
 * Who filled in a form about the child. An SDQ version is for one informant; the ORS/SRS family is filled in by the
 * child or young person, or by a collateral rater ({@code parent}, {@code teacher}, {@code other}).
 */
public enum Informant {
    /** A parent or other guardian (vårdnadshavare). */
    PARENT,
    /** A teacher or preschool teacher. */
    TEACHER,
    /** The child or young person about themself. */
    SELF,
    /** Another adult who knows the child (a relative, a social worker...), as a collateral rater. */
    OTHER;

    /** The lower-case name used in data files and JSON, e.g. {@code "parent"}. */
    @JsonValue
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    /**
     * Parses a lower-case or upper-case informant name.
     *
     * @throws IllegalArgumentException if the text names no informant
     */
    @JsonCreator
    public static Informant parse(String text) {
        return valueOf(text.trim().toUpperCase(Locale.ROOT));
    }

    /** The informant that {@code text} names, as {@link #parse} reads it, or empty if it names none. */
    public static java.util.Optional<Informant> tryParse(String text) {
        for (Informant informant : values()) {
            if (informant.name().equalsIgnoreCase(text.trim())) {
                return java.util.Optional.of(informant);
            }
        }
        return java.util.Optional.empty();
    }
}
