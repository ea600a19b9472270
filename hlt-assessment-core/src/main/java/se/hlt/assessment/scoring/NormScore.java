package se.hlt.assessment.scoring;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;
import se.hlt.assessment.instrument.Direction;

/**
 * One score of a form compared with one norms table.
 *
 * @param score the score's short name, e.g. {@code ebdtot}
 * @param z the z-score against the table's mean and SD, (score &minus; mean) / SD rounded half up to two
 *     decimals; empty when the table gives no mean/SD for this score
 * @param direction which way is good for this score: for a difficulty a high z is worse, for prosocial better
 * @param band the band from the table's cut-offs, e.g. {@code at_or_above_p90}; empty when it has none for this
 *     score
 */
@JsonInclude(JsonInclude.Include.NON_ABSENT)
public record NormScore(String score, OptionalDouble z, Direction direction, Optional<String> band) {

    /** Checks the required parts and normalises absent optionals. */
    public NormScore {
        Objects.requireNonNull(score, "score");
        Objects.requireNonNull(direction, "direction");
        z = z == null ? OptionalDouble.empty() : z;
        band = band == null ? Optional.empty() : band;
    }
}
