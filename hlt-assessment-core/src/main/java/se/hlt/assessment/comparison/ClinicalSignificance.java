package se.hlt.assessment.comparison;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import se.hlt.assessment.data.Checked;
import se.hlt.assessment.norms.Bands;

/**
 * Whether one child's change is a clinically significant improvement ({@code norms.md} &sect;4, after Jacobson &amp;
 * Truax 1991): a reliable improvement <b>and</b> a move from an atypical band at T1 to the most typical band at
 * T2. What counts as atypical is decided by the table's bands, as {@link BandPosition} describes.
 *
 * <p>Jacobson and Truax's cut-off c between a clinical and a normal sample is not used: the project has no
 * clinical sample's mean and SD, and the published bands already mark where the typical range ends.
 *
 * @param change the child's reliable change
 * @param t1Band the band of the T1 score
 * @param t2Band the band of the T2 score, from the same banding
 */
public record ClinicalSignificance(ReliableChange change, BandPosition t1Band, BandPosition t2Band) {

    /** Checks that both bands come from a banding with the same number of bands. */
    public ClinicalSignificance {
        Objects.requireNonNull(change, "change");
        Objects.requireNonNull(t1Band, "t1Band");
        Objects.requireNonNull(t2Band, "t2Band");
        if (t1Band.bandCount() != t2Band.bandCount()) {
            throw new IllegalArgumentException("T1 and T2 bands come from different bandings: "
                    + t1Band.bandCount() + " and " + t2Band.bandCount() + " bands");
        }
    }

    /** The clinical significance of {@code change} given the bands its two scores fall in. */
    public static ClinicalSignificance of(ReliableChange change, BandPosition t1Band, BandPosition t2Band) {
        return new ClinicalSignificance(change, t1Band, t2Band);
    }

    /**
     * The clinical significance of {@code change}, with both bands looked up in {@code bands} for the change's
     * score.
     *
     * @return the result, or why not: the table does not band the score, or a score is not a whole number in
     *     one of its bands
     */
    public static Checked<ClinicalSignificance> from(ReliableChange change, Bands bands) {
        String score = change.basis().score();
        if (!bands.scores().containsKey(score)) {
            return Checked.failed(List.of("the " + bands.scheme() + " bands do not cover " + score));
        }
        List<String> problems = new ArrayList<>();
        Optional<BandPosition> t1 = lookUp(bands, score, change.t1(), "T1", problems);
        Optional<BandPosition> t2 = lookUp(bands, score, change.t2(), "T2", problems);
        if (!problems.isEmpty()) {
            return Checked.failed(problems);
        }
        return Checked.ok(of(change, t1.orElseThrow(), t2.orElseThrow()));
    }

    private static Optional<BandPosition> lookUp(Bands bands, String score, double value, String when,
                                                 List<String> problems) {
        if (value != Math.rint(value)) {
            problems.add(when + " " + score + " " + value + " is not a whole number, and bands are of whole scores");
            return Optional.empty();
        }
        Optional<BandPosition> position = BandPosition.of(bands, score, (int) value);
        if (position.isEmpty()) {
            problems.add(when + " " + score + " " + (int) value + " falls in no band of the " + bands.scheme()
                    + " bands");
        }
        return position;
    }

    /** Whether the T1 score was in an atypical band. */
    public boolean startedAtypical() {
        return t1Band.isAtypical();
    }

    /** Whether the T2 score is in the most typical band. */
    public boolean endedMostTypical() {
        return t2Band.isMostTypical();
    }

    /** Reliable improvement and a move from an atypical band to the most typical one. */
    public boolean isClinicallySignificant() {
        return change.status() == ChangeStatus.IMPROVED && startedAtypical() && endedMostTypical();
    }
}
