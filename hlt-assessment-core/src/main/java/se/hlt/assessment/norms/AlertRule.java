package se.hlt.assessment.norms;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import se.hlt.assessment.instrument.Source;

/**
 * One alert of a series, switched on or off, with the number it needs and its source.
 *
 * @param enabled whether the alert is raised
 * @param points the size in points the alert needs (the drop of an alliance total; the scale mark), if it needs one
 * @param bySession the session the alert needs (the early-change signal), if it needs one
 * @param source where it comes from, and how sure we are
 */
@JsonInclude(JsonInclude.Include.NON_ABSENT)
public record AlertRule(boolean enabled, Optional<BigDecimal> points, OptionalInt bySession, Source source) {

    /** Checks the source and normalises absent optionals. */
    public AlertRule {
        Objects.requireNonNull(source, "source");
        points = points == null ? Optional.empty() : points;
        bySession = bySession == null ? OptionalInt.empty() : bySession;
    }
}
