package se.hlt.assessment.comparison;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.OptionalDouble;
import se.hlt.assessment.data.Checked;
import se.hlt.assessment.norms.MeanSd;
import se.hlt.assessment.norms.NormTable;
import se.hlt.assessment.scoring.TableRef;

/**
 * The SD and the reliability of one score that a reliable change index needs, and the norms tables they come
 * from (Jacobson &amp; Truax 1991, J Consult Clin Psychol 59:12&ndash;19; {@code norms.md} &sect;4).
 *
 * <p>The SD and the reliability often come from two tables (the shipped UK means and SDs carry no
 * reliabilities, the Goodman 2001 alphas no SDs), so each is named separately; they may be the same table.
 *
 * @param score the score's short name without informant prefix, e.g. {@code ebdtot}
 * @param sdTable the table the SD comes from
 * @param sd the score's SD in that table's sample, above 0
 * @param reliabilityTable the table the reliability comes from
 * @param reliabilityKind what the coefficient measures, e.g. {@code cronbach_alpha} or {@code test_retest}
 * @param reliability the coefficient r, above 0 and below 1
 */
public record ReliableChangeBasis(String score, TableRef sdTable, double sd, TableRef reliabilityTable,
                                  String reliabilityKind, double reliability) {

    /**
     * The size of RCI beyond which a change is reliable: a change this large arises by measurement error alone in
     * fewer than 5% of cases. Jacobson &amp; Truax use the rounded 1.96, and so does the specification.
     */
    public static final double CRITICAL_RCI = 1.96;

    /** Checks every part: an SD above 0 and a reliability strictly between 0 and 1. */
    public ReliableChangeBasis {
        Objects.requireNonNull(score, "score");
        Objects.requireNonNull(sdTable, "sdTable");
        Objects.requireNonNull(reliabilityTable, "reliabilityTable");
        Objects.requireNonNull(reliabilityKind, "reliabilityKind");
        if (!(sd > 0) || Double.isInfinite(sd)) {
            throw new IllegalArgumentException("sd must be a number above 0: " + sd);
        }
        if (!(reliability > 0 && reliability < 1)) {
            throw new IllegalArgumentException("reliability must be above 0 and below 1: " + reliability);
        }
    }

    /** The basis for {@code score} from one table that gives both its SD and its reliability. */
    public static Checked<ReliableChangeBasis> from(NormTable table, String score) {
        return from(table, table, score);
    }

    /**
     * The basis for {@code score} with the SD from {@code sdTable} and the reliability from
     * {@code reliabilityTable}.
     *
     * @return the basis, or why it cannot be made: a table lacks the number, or the two tables describe
     *     different instruments or informants (an SD of teacher ratings must not meet an alpha of parent ratings)
     */
    public static Checked<ReliableChangeBasis> from(NormTable sdTable, NormTable reliabilityTable, String score) {
        List<String> problems = new ArrayList<>();
        MeanSd meanSd = sdTable.meanSd().get(score);
        if (meanSd == null) {
            problems.add("norms table " + sdTable.id() + " gives no SD for " + score);
        }
        OptionalDouble r = reliabilityTable.reliability()
                .map(rel -> rel.of(score)).orElse(OptionalDouble.empty());
        if (r.isEmpty()) {
            problems.add("norms table " + reliabilityTable.id() + " gives no reliability for " + score);
        }
        if (!sdTable.instrument().equals(reliabilityTable.instrument())) {
            problems.add("norms table " + sdTable.id() + " is for " + sdTable.instrument() + " but "
                    + reliabilityTable.id() + " is for " + reliabilityTable.instrument());
        }
        if (sdTable.informant() != reliabilityTable.informant()) {
            problems.add("norms table " + sdTable.id() + " describes " + sdTable.informant().code()
                    + " ratings but " + reliabilityTable.id() + " describes " + reliabilityTable.informant().code()
                    + " ratings");
        }
        if (!problems.isEmpty()) {
            return Checked.failed(problems);
        }
        return Checked.ok(new ReliableChangeBasis(score, refTo(sdTable), meanSd.sd(), refTo(reliabilityTable),
                reliabilityTable.reliability().orElseThrow().kind(), r.getAsDouble()));
    }

    private static TableRef refTo(NormTable table) {
        return new TableRef(table.id(), table.title(), table.source());
    }

    /** The standard error of measurement: SD &times; &radic;(1 &minus; r). */
    public double sem() {
        return sd * Math.sqrt(1 - reliability);
    }

    /** The standard error of the difference of two measurements: &radic;2 &times; SEM. */
    public double sDiff() {
        return Math.sqrt(2) * sem();
    }

    /**
     * The size of change, in points, that a change must exceed to be reliable: {@link #CRITICAL_RCI} &times;
     * S_diff (6.82 for the specification's parent total difficulties example).
     */
    public double smallestReliableChange() {
        return CRITICAL_RCI * sDiff();
    }

    /**
     * The smallest whole number of points that is a reliable change, for scores that are whole numbers such as
     * the SDQ's: the first integer above {@link #smallestReliableChange()} (7 in the specification's example).
     */
    public int smallestReliableWholeChange() {
        return (int) Math.floor(smallestReliableChange()) + 1;
    }
}
