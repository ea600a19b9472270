package se.hlt.assessment.scoring;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.math.BigDecimal;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * One score of a form, such as the emotional problems scale, the total difficulties or the ORS total.
 *
 * <p>A score with {@code decimals} (the ORS family: one) holds its value in whole units of
 * 10<sup>&minus;decimals</sup>, so that every sum is exact: an ORS total of 18.3 has {@code value} 183. Read it as
 * a number with {@link #decimal()}, which never needs a division by hand; JSON shows it as {@code 18.3}
 * ({@link ScoreJson}).
 *
 * @param name the score's short name without informant prefix, e.g. {@code emotion}, {@code ebdtot}
 * @param kind a scale, a composite or an impact score
 * @param value the score in units of 10<sup>&minus;decimals</sup>, or empty when it is missing (too few items, a
 *     missing part, or no impact answers)
 * @param answered for a scale or impact score, how many of its items were answered; for a composite, how many
 *     of its parts were scored
 * @param outOf how many items (or parts) it has
 * @param prorated whether the value was prorated from fewer than all items
 * @param max the highest possible value, in the same units as {@code value}
 * @param bands banding scheme &rarr; the band the value falls in, for each scheme whose table covers this score
 *     (empty when the value is missing or no table covers it)
 * @param decimals how many decimals the score has (0 for every SDQ score)
 */
@JsonSerialize(using = ScoreJson.Writer.class)
@JsonDeserialize(using = ScoreJson.Reader.class)
public record Score(String name, ScoreKind kind, OptionalInt value, int answered, int outOf, boolean prorated,
                    int max, Map<String, String> bands, int decimals) {

    /** Checks the required parts and copies the bands. */
    public Score {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(kind, "kind");
        value = value == null ? OptionalInt.empty() : value;
        bands = bands == null ? Map.of() : Map.copyOf(bands);
        if (decimals < 0) {
            throw new IllegalArgumentException("decimals must not be negative: " + decimals);
        }
    }

    /** A whole-number score, as every SDQ score is. */
    public Score(String name, ScoreKind kind, OptionalInt value, int answered, int outOf, boolean prorated,
                 int max, Map<String, String> bands) {
        this(name, kind, value, answered, outOf, prorated, max, bands, 0);
    }

    /** Whether the score has a value. */
    @JsonIgnore
    public boolean isPresent() {
        return value.isPresent();
    }

    /** The score as a number with its decimals, e.g. 18.3 (an SDQ score has none: 12); empty when missing. */
    public Optional<BigDecimal> decimal() {
        return value.isPresent() ? Optional.of(Decimals.of(value.getAsInt(), decimals)) : Optional.empty();
    }

    /** The highest possible value as a number with its decimals, e.g. 40.0 for the ORS total. */
    public BigDecimal decimalMax() {
        return BigDecimal.valueOf(max, decimals);
    }

    /** The band in {@code scheme}, e.g. {@code band3} &rarr; {@code borderline}, if there is one. */
    public Optional<String> band(String scheme) {
        return Optional.ofNullable(bands.get(scheme));
    }
}
