package se.hlt.assessment.io;

import se.hlt.assessment.comparison.BandPosition;
import se.hlt.assessment.comparison.ClinicalSignificance;
import se.hlt.assessment.comparison.ReliableChange;
import se.hlt.assessment.comparison.ReliableChangeBasis;
import se.hlt.assessment.instrument.Direction;
import se.hlt.assessment.io.CsvLineWriter.Prepared;

/**
 * The reliable change cells of one score on one basis ({@code _rci}, {@code _status}, {@code _clinsig}) for every
 * pair of whole scores T1, T2, each computed once by the comparison package ({@link ReliableChange},
 * {@link ClinicalSignificance}) and then reused: scores are small whole numbers, so a million pairs have a few
 * hundred distinct combinations per score.
 */
final class ChangeCells {

    private static final int RCI = 0;
    private static final int STATUS = 1;
    private static final int CLINSIG = 2;

    private final CsvLineWriter out;
    private final boolean decimalComma;
    private final ReliableChangeBasis basis;
    private final Direction direction;
    /** Per value, its band position; null when the score has no bands. */
    private final BandPosition[] positions;
    private final int size;
    private final Prepared[][] cells;

    /**
     * The cells of one score on one basis.
     *
     * @param decimalComma whether to write the index with a decimal comma (in a semicolon file, as the batch does)
     */
    ChangeCells(CsvLineWriter out, boolean decimalComma, ReliableChangeBasis basis, Direction direction,
                BandPosition[] positions) {
        this.out = out;
        this.decimalComma = decimalComma;
        this.basis = basis;
        this.direction = direction;
        this.positions = positions;
        this.size = Byte.MAX_VALUE + 1;
        this.cells = new Prepared[size * size][];
    }

    /** The cells for {@code t1} and {@code t2}: whole scores from 0 to 127, as {@link FormRowStore} keeps them. */
    Prepared[] of(int t1, int t2) {
        int index = t1 * size + t2;
        Prepared[] c = cells[index];
        if (c == null) {
            c = compute(t1, t2);
            cells[index] = c;
        }
        return c;
    }

    /** The reliable change index with two decimals. */
    static Prepared rci(Prepared[] cells) {
        return cells[RCI];
    }

    /** The status: improved, no_reliable_change or deteriorated. */
    static Prepared status(Prepared[] cells) {
        return cells[STATUS];
    }

    /** {@code yes} or {@code no} for a clinically significant improvement; empty without bands. */
    static Prepared clinicallySignificant(Prepared[] cells) {
        return cells[CLINSIG];
    }

    private Prepared[] compute(int t1, int t2) {
        ReliableChange change = ReliableChange.of(basis, direction, t1, t2);
        String clinsig = "";
        BandPosition p1 = position(t1);
        BandPosition p2 = position(t2);
        if (p1 != null && p2 != null) {
            clinsig = ClinicalSignificance.of(change, p1, p2).isClinicallySignificant() ? "yes" : "no";
        }
        Prepared[] c = new Prepared[3];
        String rci = twoDecimals(change.rci());
        c[RCI] = out.prepare(decimalComma ? rci.replace('.', ',') : rci);
        c[STATUS] = out.prepare(change.status().code());
        c[CLINSIG] = out.prepare(clinsig);
        return c;
    }

    private BandPosition position(int value) {
        return positions == null || value >= positions.length ? null : positions[value];
    }

    /** {@code value} rounded half away from zero to two decimals, e.g. {@code -2.42}; never {@code -0.00}. */
    static String twoDecimals(double value) {
        long hundredths = (long) Math.floor(Math.abs(value) * 100 + 0.5);
        String digits = String.format(java.util.Locale.ROOT, "%d.%02d", hundredths / 100, hundredths % 100);
        return value < 0 && hundredths > 0 ? "-" + digits : digits;
    }
}
