package se.hlt.assessment.norms;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.math.BigDecimal;
import java.util.Locale;

/**
 * Which side of a cut-off is flagged. Sources disagree on whether a total equal to the ORS cut-off is clinical, so
 * the rule is data: the built-in rules use {@link #BELOW} (25.0 is not clinical, 24.9 is).
 */
public enum CutoffComparison {
    /** A total strictly below the cut-off is flagged. */
    BELOW,
    /** A total below or equal to the cut-off is flagged. */
    AT_OR_BELOW;

    /** Whether {@code total} is flagged against {@code cutoff}. */
    public boolean flags(BigDecimal total, BigDecimal cutoff) {
        int c = total.compareTo(cutoff);
        return this == BELOW ? c < 0 : c <= 0;
    }

    /** The lower-case name used in data files. */
    @JsonValue
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    /**
     * Parses a comparison name.
     *
     * @throws IllegalArgumentException if the text names none
     */
    @JsonCreator
    public static CutoffComparison parse(String text) {
        return valueOf(text.trim().toUpperCase(Locale.ROOT));
    }
}
