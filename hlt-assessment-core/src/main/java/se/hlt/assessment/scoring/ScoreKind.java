package se.hlt.assessment.scoring;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/** What a score is made of. */
public enum ScoreKind {
    /** Summed (and perhaps prorated) from items. */
    SCALE,
    /** The sum of other scales, e.g. total difficulties. */
    COMPOSITE,
    /** An impact supplement score behind a gate question. */
    IMPACT;

    /** The lower-case name used in JSON. */
    @JsonValue
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    /**
     * Parses a kind name.
     *
     * @throws IllegalArgumentException if the text names no kind
     */
    @JsonCreator
    public static ScoreKind parse(String text) {
        return valueOf(text.trim().toUpperCase(Locale.ROOT));
    }
}
