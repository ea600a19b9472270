package se.hlt.assessment.cohort;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;
import se.hlt.assessment.instrument.Label;

/** Whether a count of a table may leave the team, and if not, why. */
public enum CellStatus {
    /** Shown. */
    SHOWN(Label.of("shown", "visas")),
    /** Hidden because it counts fewer children than the minimum (primary suppression). */
    PRIMARY(Label.of("hidden: fewer children than the minimum", "dold: färre barn än minimiantalet")),
    /**
     * Hidden, though large enough, so that a hidden count cannot be worked out by subtracting the shown counts
     * of its row or column from their total (secondary, or complementary, suppression).
     */
    SECONDARY(Label.of("hidden so that another hidden count cannot be worked out from a total",
            "dold så att ett annat dolt antal inte kan räknas fram ur en summa"));

    private final Label reason;

    CellStatus(Label reason) {
        this.reason = reason;
    }

    /** What the status means, in English and Swedish. */
    public Label reason() {
        return reason;
    }

    /** Whether the count is hidden, for either reason. */
    public boolean isHidden() {
        return this != SHOWN;
    }

    /** The lower-case name used in JSON, e.g. {@code secondary}. */
    @JsonValue
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }
}
