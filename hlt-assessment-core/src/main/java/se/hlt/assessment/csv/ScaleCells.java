package se.hlt.assessment.csv;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;
import se.hlt.assessment.comparison.BandPosition;
import se.hlt.assessment.comparison.ChangeStatus;
import se.hlt.assessment.comparison.ReliableChangeChoice;
import se.hlt.assessment.comparison.ScoreChange;

/**
 * The cells of one score of a pair, as one block for each pair of whole scores T1, T2: {@code _t1}, {@code _t2},
 * {@code _change}, then, as the score has them, {@code _rci} and {@code _status}, {@code _band3_t1} and
 * {@code _band3_t2}, {@code _clinsig}. Each block is computed once, by the comparison package
 * ({@link ReliableChange}, {@link ClinicalSignificance}), and reused: a million pairs have a few hundred
 * combinations of scores per score and basis, and writing one block is one copy where eight cells were eight.
 *
 * <p>One per score and reliable change basis (or none, for a child no norms table fits); filled on demand.
 */
final class ScaleCells {

    private static final int SIZE = Byte.MAX_VALUE + 1;

    private final CsvLineWriter out;
    private final boolean decimalComma;
    private final PairColumns columns;
    private final int score;
    private final ReliableChangeChoice choice;
    private final Prepared[] blocks = new Prepared[SIZE * SIZE];

    /**
     * The cells of score {@code score} of {@code columns}.
     *
     * @param decimalComma whether to write the index with a decimal comma (in a semicolon file, as the batch does)
     * @param choice the norms tables chosen for the child's reliable change indexes
     */
    ScaleCells(CsvLineWriter out, boolean decimalComma, PairColumns columns, int score, ReliableChangeChoice choice) {
        this.out = out;
        this.decimalComma = decimalComma;
        this.columns = columns;
        this.score = score;
        this.choice = choice;
    }

    /** The block for {@code t1} and {@code t2}: whole scores from 0 to 127, as {@link FormRowStore} keeps them. */
    Prepared block(int t1, int t2) {
        int index = t1 * SIZE + t2;
        Prepared block = blocks[index];
        if (block == null) {
            block = out.prepareFields(cells(columns.rules.scoreChange(score, choice, OptionalInt.of(t1),
                    OptionalInt.of(t2))));
            blocks[index] = block;
        }
        return block;
    }

    /** The cells of one score's change, as the library judged it. */
    private List<String> cells(ScoreChange change) {
        List<String> cells = new ArrayList<>(List.of(String.valueOf(change.t1().getAsInt()),
                String.valueOf(change.t2().getAsInt()), String.valueOf(change.change().getAsInt())));
        if (columns.rciScores[score]) {
            cells.add(change.reliableChange().map(c -> decimal(twoDecimals(c.rci()))).orElse(""));
            cells.add(change.status().map(ChangeStatus::code).orElse(""));
        }
        if (columns.bandScores[score]) {
            cells.add(change.bandT1().map(BandPosition::band).orElse(""));
            cells.add(change.bandT2().map(BandPosition::band).orElse(""));
            if (columns.rciScores[score]) {
                cells.add(change.clinicalSignificance().map(c -> c.isClinicallySignificant() ? "yes" : "no")
                        .orElse(""));
            }
        }
        return cells;
    }

    private String decimal(String withPoint) {
        return decimalComma ? withPoint.replace('.', ',') : withPoint;
    }

    /** {@code value} rounded half away from zero to two decimals, e.g. {@code -2.42}; never {@code -0.00}. */
    static String twoDecimals(double value) {
        long hundredths = (long) Math.floor(Math.abs(value) * 100 + 0.5);
        long cents = hundredths % 100;
        String digits = hundredths / 100 + (cents < 10 ? ".0" : ".") + cents;
        return value < 0 && hundredths > 0 ? "-" + digits : digits;
    }
}
