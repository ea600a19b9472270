package se.hlt.assessment.cohort;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.Objects;
import java.util.Optional;
import se.hlt.assessment.comparison.BandMove;
import se.hlt.assessment.comparison.AddedValueScore;
import se.hlt.assessment.comparison.ChangeStatus;

/**
 * What is known of one child's change on one score, as input to {@link CohortChange}: the two scores, and
 * where they were computed, the reliable change status, the band move and the Added Value Score.
 *
 * @param scores the score at T1 and at T2
 * @param reliableChange the reliable change status, if a reliable change basis was available
 * @param bands the bands at T1 and T2, if a band table covers the score
 * @param addedValue the Added Value Score, for parent SDQ total difficulties
 */
@JsonInclude(JsonInclude.Include.NON_ABSENT)
public record ChildChange(ScorePair scores, Optional<ChangeStatus> reliableChange, Optional<BandMove> bands,
                          Optional<AddedValueScore> addedValue) {

    /** Checks the scores and normalises absent optionals. */
    public ChildChange {
        Objects.requireNonNull(scores, "scores");
        reliableChange = reliableChange == null ? Optional.empty() : reliableChange;
        bands = bands == null ? Optional.empty() : bands;
        addedValue = addedValue == null ? Optional.empty() : addedValue;
    }

    /** A child of whom only the two scores are known. */
    public static ChildChange of(ScorePair scores) {
        return new ChildChange(scores, Optional.empty(), Optional.empty(), Optional.empty());
    }

    /** This child with a reliable change status. */
    public ChildChange withReliableChange(ChangeStatus status) {
        return new ChildChange(scores, Optional.of(status), bands, addedValue);
    }

    /** This child with the bands at T1 and T2. */
    public ChildChange withBands(BandMove move) {
        return new ChildChange(scores, reliableChange, Optional.of(move), addedValue);
    }

    /** This child with an Added Value Score. */
    public ChildChange withAddedValue(AddedValueScore avs) {
        return new ChildChange(scores, reliableChange, bands, Optional.of(avs));
    }
}
