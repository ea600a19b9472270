package se.hlt.assessment.cohort;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import se.hlt.assessment.instrument.Direction;

/**
 * Everything a cohort report shows about one score's change in one group: the change statistics of the score
 * pairs, the shares of reliable change, the exits from the atypical bands, and the mean Added Value Score. Each
 * part counts the children that have what it needs, and says so in its own {@code n}.
 *
 * @param change the change statistics of all the children's score pairs
 * @param reliableChange the reliable change shares of the children with a status
 * @param bandExits the band exits of the children with bands at both times
 * @param addedValue the mean AVS of the children with one
 */
public record CohortChange(PairedChange change, ReliableChangeShares reliableChange, BandExits bandExits,
                           AddedValueSummary addedValue) {

    /** Checks that every part is present. */
    public CohortChange {
        Objects.requireNonNull(change, "change");
        Objects.requireNonNull(reliableChange, "reliableChange");
        Objects.requireNonNull(bandExits, "bandExits");
        Objects.requireNonNull(addedValue, "addedValue");
    }

    /**
     * The figures for {@code children}'s change on {@code score}.
     *
     * @throws IllegalArgumentException if their Added Value Scores come from different models
     */
    public static CohortChange of(String score, Direction direction, List<ChildChange> children) {
        return new CohortChange(
                PairedChange.of(score, direction, children.stream().map(ChildChange::scores).toList()),
                ReliableChangeShares.of(present(children.stream().map(ChildChange::reliableChange).toList())),
                BandExits.of(present(children.stream().map(ChildChange::bands).toList())),
                AddedValueSummary.of(present(children.stream().map(ChildChange::addedValue).toList())));
    }

    private static <T> List<T> present(List<Optional<T>> values) {
        return values.stream().flatMap(Optional::stream).toList();
    }
}
