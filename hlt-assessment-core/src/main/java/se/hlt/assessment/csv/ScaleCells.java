package se.hlt.assessment.csv;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import se.hlt.assessment.comparison.BandPosition;
import se.hlt.assessment.comparison.ClinicalSignificance;
import se.hlt.assessment.comparison.ReliableChange;
import se.hlt.assessment.comparison.ReliableChangeBasis;
import se.hlt.assessment.csv.CsvLineWriter.Prepared;

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
    private final Optional<ReliableChangeBasis> basis;
    private final Prepared[] blocks = new Prepared[SIZE * SIZE];

    /**
     * The cells of score {@code score} of {@code columns}.
     *
     * @param decimalComma whether to write the index with a decimal comma (in a semicolon file, as the batch does)
     * @param basis the SD and reliability for the child's reliable change index, if a norms table fits the child
     */
    ScaleCells(CsvLineWriter out, boolean decimalComma, PairColumns columns, int score,
               Optional<ReliableChangeBasis> basis) {
        this.out = out;
        this.decimalComma = decimalComma;
        this.columns = columns;
        this.score = score;
        this.basis = basis;
    }

    /** The block for {@code t1} and {@code t2}: whole scores from 0 to 127, as {@link FormRowStore} keeps them. */
    Prepared block(int t1, int t2) {
        int index = t1 * SIZE + t2;
        Prepared block = blocks[index];
        if (block == null) {
            block = out.prepareFields(cells(t1, t2));
            blocks[index] = block;
        }
        return block;
    }

    private List<String> cells(int t1, int t2) {
        List<String> cells = new ArrayList<>(List.of(String.valueOf(t1), String.valueOf(t2), String.valueOf(t2 - t1)));
        Optional<ReliableChange> change = basis.map(b -> ReliableChange.of(b, columns.directions[score], t1, t2));
        if (columns.rciScores[score]) {
            cells.add(change.map(c -> decimal(twoDecimals(c.rci()))).orElse(""));
            cells.add(change.map(c -> c.status().code()).orElse(""));
        }
        if (columns.bandScores[score]) {
            BandPosition p1 = position(t1);
            BandPosition p2 = position(t2);
            cells.add(p1 == null ? "" : p1.band());
            cells.add(p2 == null ? "" : p2.band());
            if (columns.rciScores[score]) {
                boolean judged = change.isPresent() && p1 != null && p2 != null;
                cells.add(!judged ? "" : ClinicalSignificance.of(change.get(), p1, p2).isClinicallySignificant()
                        ? "yes" : "no");
            }
        }
        return cells;
    }

    private BandPosition position(int value) {
        BandPosition[] positions = columns.bandPositions[score];
        return positions == null || value >= positions.length ? null : positions[value];
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
