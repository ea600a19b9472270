package se.hlt.assessment.cohort;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;
import se.hlt.assessment.instrument.Label;

/**
 * Whether a count of a table may leave the team. A hidden count says only that it is hidden, never why (below the
 * minimum, or hidden to protect another): which hidden counts are the small ones would tell an intruder where to
 * look.
 */
public enum CellStatus {
    /** Shown. */
    SHOWN(Label.of("shown", "visas")),
    /** Hidden: below the minimum, or hidden so that no hidden count can be worked out from what is shown. */
    HIDDEN(Label.of("hidden", "dold"));

    private final Label label;

    CellStatus(Label label) {
        this.label = label;
    }

    /** The status in a word, in English and Swedish. */
    public Label label() {
        return label;
    }

    /** Whether the count is hidden. */
    public boolean isHidden() {
        return this == HIDDEN;
    }

    /** The lower-case name used in files, {@code shown} or {@code hidden}. */
    @JsonValue
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    /**
     * The status named {@code code}; the words of earlier versions ({@code primary}, {@code secondary}) are read
     * as hidden, so that an older file keeps what it hid hidden.
     *
     * @throws IllegalArgumentException for any other word
     */
    @JsonCreator
    public static CellStatus parse(String code) {
        return switch (code) {
            case "shown" -> SHOWN;
            case "hidden", "primary", "secondary" -> HIDDEN;
            default -> throw new IllegalArgumentException("not a cell status: shown or hidden");
        };
    }
}
