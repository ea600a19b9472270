package se.hlt.assessment.comparison;

import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * One child's change on one score between a baseline and a follow-up form, as every surface shows it: the two
 * scores, the reliable change index (with the tables it used) where the child has a basis, and the bands at T1
 * and T2 in the primary band scheme where a table bands the score. What follows from these (the change in
 * points, the status, the band move, clinical significance) are methods, so that they can never disagree with
 * them.
 *
 * <p>Made by {@link ChangeRules#scoreChange}; one value is shared by every child with the same scores and the
 * same tables.
 *
 * @param score the score's short name, e.g. {@code emotion}
 * @param t1 the score at baseline, if the form gives it
 * @param t2 the score at follow-up, if the form gives it
 * @param reliableChange the reliable change index, present when both scores are given and a norms table of SDs
 *     and one of reliabilities fit the child (else {@link PairChange#tables()} says why not)
 * @param bandT1 the band of the T1 score, if a band table of the primary scheme bands it
 * @param bandT2 the band of the T2 score, from the same table
 */
public record ScoreChange(String score, OptionalInt t1, OptionalInt t2, Optional<ReliableChange> reliableChange,
                          Optional<BandPosition> bandT1, Optional<BandPosition> bandT2) {

    /** Checks every part; a reliable change index needs both scores. */
    public ScoreChange {
        Objects.requireNonNull(score, "score");
        Objects.requireNonNull(t1, "t1");
        Objects.requireNonNull(t2, "t2");
        Objects.requireNonNull(reliableChange, "reliableChange");
        Objects.requireNonNull(bandT1, "bandT1");
        Objects.requireNonNull(bandT2, "bandT2");
        if (reliableChange.isPresent() && (t1.isEmpty() || t2.isEmpty())) {
            throw new IllegalArgumentException(score + ": a reliable change index needs both scores");
        }
    }

    /** The change in points, T2 &minus; T1; empty unless both scores are given. */
    public OptionalInt change() {
        return t1.isPresent() && t2.isPresent() ? OptionalInt.of(t2.getAsInt() - t1.getAsInt()) : OptionalInt.empty();
    }

    /** Improved, no reliable change or deteriorated; empty without a reliable change index. */
    public Optional<ChangeStatus> status() {
        return reliableChange.map(ReliableChange::status);
    }

    /** The bands at T1 and T2, when both scores are banded. */
    public Optional<BandMove> bandMove() {
        return bandT1.isPresent() && bandT2.isPresent()
                ? Optional.of(BandMove.of(bandT1.get(), bandT2.get())) : Optional.empty();
    }

    /**
     * Whether the change is a clinically significant improvement; empty where it cannot be judged (no reliable
     * change index, or a score not banded).
     */
    public Optional<ClinicalSignificance> clinicalSignificance() {
        return reliableChange.isPresent() && bandT1.isPresent() && bandT2.isPresent()
                ? Optional.of(ClinicalSignificance.of(reliableChange.get(), bandT1.get(), bandT2.get()))
                : Optional.empty();
    }
}
