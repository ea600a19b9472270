package se.hlt.assessment.scoring;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * One score of a form, such as the emotional problems scale or the total difficulties.
 *
 * @param name the score's short name without informant prefix, e.g. {@code emotion}, {@code ebdtot}
 * @param kind a scale, a composite or an impact score
 * @param value the score, or empty when it is missing (too few items, a missing part, or no impact answers)
 * @param answered for a scale or impact score, how many of its items were answered; for a composite, how many
 *     of its parts were scored
 * @param outOf how many items (or parts) it has
 * @param prorated whether the value was prorated from fewer than all items
 * @param max the highest possible value
 * @param bands banding scheme &rarr; the band the value falls in, for each scheme whose table covers this score
 *     (empty when the value is missing or no table covers it)
 */
@JsonInclude(JsonInclude.Include.NON_ABSENT)
public record Score(String name, ScoreKind kind, OptionalInt value, int answered, int outOf, boolean prorated,
                    int max, Map<String, String> bands) {

    /** Checks the required parts and copies the bands. */
    public Score {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(kind, "kind");
        value = value == null ? OptionalInt.empty() : value;
        bands = bands == null ? Map.of() : Map.copyOf(bands);
    }

    /** Whether the score has a value. */
    @JsonIgnore
    public boolean isPresent() {
        return value.isPresent();
    }

    /** The band in {@code scheme}, e.g. {@code band3} &rarr; {@code borderline}, if there is one. */
    public Optional<String> band(String scheme) {
        return Optional.ofNullable(bands.get(scheme));
    }
}
