package se.hlt.assessment.norms;

import java.util.List;
import java.util.Optional;

/**
 * Which instruments measure outcome and which the working alliance, by instrument id.
 *
 * @param outcome the outcome forms, e.g. {@code ors}, {@code cors}, {@code ycors}
 * @param alliance the alliance forms, e.g. {@code srs}, {@code csrs}, {@code ycsrs}
 */
public record Measures(List<String> outcome, List<String> alliance) {

    private static final Optional<MeasureRole> OUTCOME = Optional.of(MeasureRole.OUTCOME);
    private static final Optional<MeasureRole> ALLIANCE = Optional.of(MeasureRole.ALLIANCE);

    /** Copies the lists. */
    public Measures {
        outcome = List.copyOf(outcome);
        alliance = List.copyOf(alliance);
    }

    /** What {@code instrument} measures, if it is one of these. */
    public Optional<MeasureRole> roleOf(String instrument) {
        if (outcome.contains(instrument)) {
            return OUTCOME;
        }
        return alliance.contains(instrument) ? ALLIANCE : Optional.empty();
    }
}
