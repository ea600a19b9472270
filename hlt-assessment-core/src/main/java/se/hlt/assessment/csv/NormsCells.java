package se.hlt.assessment.csv;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import se.hlt.assessment.scoring.NormComparison;
import se.hlt.assessment.scoring.NormScore;

/**
 * The norms columns of a batch output row ({@link ScoredRows}): one cell per chosen table and score, the z-score
 * or the national cut-off band, empty where the table does not fit the child. The cells are prepared bytes, each
 * made once: a new string per cell was a fifth of the batch's time.
 */
final class NormsCells {

    private static final int Z_CACHE = 1000;
    /** Slots for the norms scores met: a few thousand exist (tables x scores x values). */
    private static final int SEEN = 1 << 13;

    private final CsvLineWriter out;
    private final Prepared empty;
    private final boolean decimalComma;
    /** Table id &rarr; score &rarr; its z column and band column among the norms columns (-1 when none). */
    private final Map<String, Map<String, int[]>> columnsByTableAndScore = new HashMap<>();
    private final Prepared[] normCells;
    private final StringBuilder decimalText = new StringBuilder(8);
    /** The z-scores from -{@value #Z_CACHE} to +{@value #Z_CACHE} hundredths, prepared as they are first met. */
    private final Prepared[] zTexts = new Prepared[2 * Z_CACHE + 1];
    /**
     * The norms scores met, by identity, with their cells: the engine makes one {@link NormScore} per table, score
     * and value, so a row's comparisons are mostly ones seen before, found by the object's hash with no look-up
     * by table and score name (two string-keyed look-ups per cell were a tenth of the batch). A slot taken by
     * another score is worked out again.
     */
    private final NormScore[] seenScores = new NormScore[SEEN];
    private final int[] seenColumns = new int[2 * SEEN];
    private final Prepared[] seenTexts = new Prepared[2 * SEEN];
    /** The norms bands' texts, prepared as they are first met (a handful per table). */
    private final Map<String, Prepared> bandTexts = new HashMap<>();

    /**
     * The cells of {@code normColumns} (the output's norms columns, in order) for {@code out}, with {@code empty} for
     * a cell without a value, and z-scores with a decimal comma when {@code decimalComma}.
     */
    NormsCells(CsvLineWriter out, List<SdqAddedColumns.NormColumn> normColumns, Prepared empty,
               boolean decimalComma) {
        this.out = out;
        this.empty = empty;
        this.decimalComma = decimalComma;
        this.normCells = new Prepared[normColumns.size()];
        for (int i = 0; i < normColumns.size(); i++) {
            SdqAddedColumns.NormColumn column = normColumns.get(i);
            int[] columns = columnsByTableAndScore.computeIfAbsent(column.table(), t -> new HashMap<>())
                    .computeIfAbsent(column.score(), sc -> new int[] {-1, -1});
            columns[column.z() ? 0 : 1] = i;
        }
    }

    /** One cell per norms column: the z-score or band, empty where the table does not fit this child. */
    void write(List<NormComparison> comparisons) {
        if (normCells.length == 0) {
            return;
        }
        Arrays.fill(normCells, empty);
        for (int c = 0; c < comparisons.size(); c++) {
            NormComparison comparison = comparisons.get(c);
            List<NormScore> scores = comparison.scores();
            for (int i = 0; i < scores.size(); i++) {
                NormScore score = scores.get(i);
                int slot = System.identityHashCode(score) & (SEEN - 1);
                if (seenScores[slot] != score) {
                    see(slot, comparison, score);
                }
                int z = seenColumns[2 * slot];
                if (z >= 0) {
                    normCells[z] = seenTexts[2 * slot];
                }
                int band = seenColumns[2 * slot + 1];
                if (band >= 0) {
                    normCells[band] = seenTexts[2 * slot + 1];
                }
            }
        }
        for (Prepared cell : normCells) {
            out.field(cell);
        }
    }

    /** Works out the cells of {@code score}, of {@code comparison}'s table, into {@code slot} of the seen scores. */
    private void see(int slot, NormComparison comparison, NormScore score) {
        Map<String, int[]> byScore = columnsByTableAndScore.get(comparison.table().id());
        int[] columns = byScore == null ? null : byScore.get(score.score());
        boolean z = columns != null && columns[0] >= 0 && score.z().isPresent();
        boolean band = columns != null && columns[1] >= 0 && score.band().isPresent();
        seenColumns[2 * slot] = z ? columns[0] : -1;
        seenTexts[2 * slot] = z ? zText(score.z().getAsDouble()) : null;
        seenColumns[2 * slot + 1] = band ? columns[1] : -1;
        seenTexts[2 * slot + 1] = band ? bandText(score.band().get()) : null;
        seenScores[slot] = score;
    }

    /** A norms band's cell (a get and a put rather than computeIfAbsent, whose function was a new object a cell). */
    private Prepared bandText(String band) {
        Prepared text = bandTexts.get(band);
        if (text == null) {
            text = out.prepare(band);
            bandTexts.put(band, text);
        }
        return text;
    }

    /**
     * A z-score's cell, as {@link #decimal} writes it; prepared once per value (a z-score is rounded to
     * hundredths, and nearly all lie within ten of the mean), since writing a new string per cell was a fifth of
     * the batch's time.
     */
    private Prepared zText(double z) {
        long hundredths = Math.round(Math.abs(z) * 100);
        if (hundredths > Z_CACHE) {
            return out.prepare(decimal(z));
        }
        int index = Z_CACHE + (int) (z < 0 ? -hundredths : hundredths);
        Prepared text = zTexts[index];
        if (text == null) {
            text = out.prepare(decimal(z));
            zTexts[index] = text;
        }
        return text;
    }

    /**
     * A z-score (already rounded to hundredths) with two decimals, with a decimal comma in semicolon files, as
     * Swedish spreadsheets expect. Built by hand: String.format cost more than the rest of the row.
     */
    private String decimal(double z) {
        long hundredths = Math.round(Math.abs(z) * 100);
        decimalText.setLength(0);
        if (z < 0 && hundredths != 0) {
            decimalText.append('-');
        }
        long fraction = hundredths % 100;
        decimalText.append(hundredths / 100).append(decimalComma ? ',' : '.');
        if (fraction < 10) {
            decimalText.append('0');
        }
        return decimalText.append(fraction).toString();
    }
}
