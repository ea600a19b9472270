package se.hlt.assessment.csv;

import java.util.List;
import java.util.Map;
import se.hlt.assessment.scoring.FormResult;
import se.hlt.assessment.scoring.NormComparison;
import se.hlt.assessment.scoring.NormScore;
import se.hlt.assessment.scoring.Score;
import se.hlt.assessment.scoring.ScoreKind;
import se.hlt.assessment.scoring.Status;
import se.hlt.assessment.scoring.Warning;
import se.hlt.assessment.scoring.WarningKind;

/**
 * Writes the output file: each scored row's cells unchanged, then its scores, bands, norms comparisons (z-scores
 * and national cut-off bands against each chosen table, empty where the table does not fit the child), status and
 * flags.
 *
 * <p>Flags say in one cell what a reader should know about the scores, separated by {@code "; "}:
 * {@code prorated:pemotion(3/5) pconduct(4/5)}, {@code missing:ppeer(2/5)} (too few items for a score),
 * {@code impact_missing}, the scorer's warnings by kind (e.g. {@code age_outside_version}), and
 * {@code not_on_this_version:fureduc} for an answer the row's form does not ask.
 */
final class ScoredRows {

    private static final String FLAG_SEPARATOR = "; ";
    private static final int BAND_CACHE_VALUES = 64;
    private static final int Z_CACHE = 1000;
    /** Slots for the norms scores met: a few thousand exist (tables x scores x values). */
    private static final int SEEN = 1 << 13;

    private final CsvLineWriter out;
    private final SdqLayout layout;
    private final List<String> scoreColumns;
    /** Per scale and number answered, e.g. {@code pemotion(3/5)}, made once for the flags. */
    private final String[][] scaleCounts;
    // fixed texts prepared once, which the line writer copies fastest
    private final Prepared empty;
    private final Prepared[] numbers;
    private final Prepared[] statusCodes;
    private final String[] warningCodes;
    private final StringBuilder flags = new StringBuilder(64);
    private char[] flagChars = new char[64];
    private final SdqAddedColumns.BandColumn[] bandColumns;
    private final List<SdqAddedColumns.NormColumn> normColumns;
    private final boolean decimalComma;
    /** Table id &rarr; score &rarr; its z column and band column among the norms columns (-1 when none). */
    private final Map<String, Map<String, int[]>> columnsByTableAndScore = new java.util.HashMap<>();
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
    private final Map<String, Prepared> bandTexts = new java.util.HashMap<>();
    private final Object[][] seenBands;
    private final Prepared[][] seenBandText;

    ScoredRows(CsvLineWriter out, SdqLayout layout, char delimiter) {
        this.out = out;
        this.layout = layout;
        this.normColumns = layout.added.norms();
        this.decimalComma = delimiter == ';';
        this.normCells = new Prepared[normColumns.size()];
        for (int i = 0; i < normColumns.size(); i++) {
            SdqAddedColumns.NormColumn column = normColumns.get(i);
            int[] columns = columnsByTableAndScore.computeIfAbsent(column.table(), t -> new java.util.HashMap<>())
                    .computeIfAbsent(column.score(), sc -> new int[] {-1, -1});
            columns[column.z() ? 0 : 1] = i;
        }
        this.scoreColumns = layout.added.scores();
        this.scaleCounts = new String[scoreColumns.size()][];
        this.bandColumns = layout.added.bands().toArray(SdqAddedColumns.BandColumn[]::new);
        this.seenBands = new Object[bandColumns.length][BAND_CACHE_VALUES];
        this.seenBandText = new Prepared[bandColumns.length][BAND_CACHE_VALUES];
        this.empty = out.prepare("");
        this.numbers = new Prepared[100];
        for (int i = 0; i < numbers.length; i++) {
            numbers[i] = out.prepare(String.valueOf(i));
        }
        this.statusCodes = new Prepared[Status.values().length];
        for (Status s : Status.values()) {
            statusCodes[s.ordinal()] = out.prepare(s.code());
        }
        this.warningCodes = new String[WarningKind.values().length];
        for (WarningKind k : WarningKind.values()) {
            warningCodes[k.ordinal()] = k.code();
        }
    }

    /** Writes the header: the input's columns as given, then the added ones. */
    void writeHeader() {
        out.line(layout.outputHeader());
    }

    /**
     * Writes one scored row.
     *
     * @param record the input row, with as many cells as the header
     * @param result its scores (never invalid: rows with problems go to the errors file)
     * @param notOnForm the questions answered that the row's form does not ask
     */
    void write(CsvRow record, FormResult result, List<String> notOnForm) {
        record.copyCells(out);
        List<Score> scores = result.scores();
        for (int s = 0; s < scores.size(); s++) {
            Score score = scores.get(s);
            out.field(score.value().isPresent() ? number(score.value().getAsInt()) : empty);
        }
        for (int b = 0; b < bandColumns.length; b++) {
            out.field(band(b, scores.get(bandColumns[b].score())));
        }
        writeNorms(result.norms());
        out.field(statusCodes[result.status().ordinal()]);
        StringBuilder rowFlags = flags(result, notOnForm);
        int length = rowFlags.length();
        if (length > flagChars.length) {
            flagChars = new char[Math.max(length, flagChars.length * 2)];
        }
        rowFlags.getChars(0, length, flagChars, 0);
        out.field(flagChars, 0, length);
        out.endLine();
    }

    /**
     * The band of {@code score} in band column {@code b}, or empty. The scorer hands out one immutable bands map
     * per score and value, so the answer for a map already seen at this value is remembered (by identity, so a
     * different map is always looked up): a hash look-up per band per row was a tenth of the run.
     */
    private Prepared band(int b, Score score) {
        if (!score.isPresent()) {
            return empty;
        }
        int value = score.value().getAsInt();
        Map<String, String> bands = score.bands();
        if (value < BAND_CACHE_VALUES && seenBands[b][value] == bands) {
            return seenBandText[b][value];
        }
        Prepared text = out.prepare(bands.getOrDefault(bandColumns[b].scheme(), ""));
        if (value < BAND_CACHE_VALUES) {
            seenBands[b][value] = bands;
            seenBandText[b][value] = text;
        }
        return text;
    }

    /** One cell per norms column: the z-score or band, empty where the table does not fit this child. */
    private void writeNorms(List<NormComparison> comparisons) {
        if (normColumns.isEmpty()) {
            return;
        }
        java.util.Arrays.fill(normCells, empty);
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

    private Prepared number(int value) {
        return value < numbers.length ? numbers[value] : out.prepare(String.valueOf(value));
    }

    /** The row's flags, in a buffer that the next row reuses. */
    private StringBuilder flags(FormResult result, List<String> notOnForm) {
        flags.setLength(0);
        List<Score> scores = result.scores();
        scaleList(scores, true, "prorated:");
        scaleList(scores, false, "missing:");
        for (int s = 0; s < scores.size(); s++) {
            Score score = scores.get(s);
            if (score.kind() == ScoreKind.IMPACT && !score.isPresent()) {
                separate().append(score.name()).append("_missing");
            }
        }
        List<Warning> warnings = result.warnings();
        for (int w = 0; w < warnings.size(); w++) {
            separate().append(warningCodes[warnings.get(w).kind().ordinal()]);
        }
        for (int i = 0; i < notOnForm.size(); i++) {
            separate().append(warningCodes[WarningKind.NOT_ON_THIS_VERSION.ordinal()]).append(':')
                    .append(notOnForm.get(i));
        }
        return flags;
    }

    /** Lists the scales that were prorated ({@code prorated}) or are missing ({@code !prorated}). */
    private void scaleList(List<Score> scores, boolean prorated, String label) {
        boolean first = true;
        for (int s = 0; s < scores.size(); s++) {
            Score score = scores.get(s);
            boolean listed = score.kind() == ScoreKind.SCALE
                    && (prorated ? score.prorated() : !score.isPresent());
            if (listed) {
                if (first) {
                    separate().append(label);
                    first = false;
                } else {
                    flags.append(' ');
                }
                flags.append(scaleCount(s, score));
            }
        }
    }

    /** E.g. {@code pemotion(3/5)}: the scale's column and how many of its items were answered, made once. */
    private String scaleCount(int s, Score score) {
        if (scaleCounts[s] == null) {
            scaleCounts[s] = new String[score.outOf() + 1];
        }
        String text = scaleCounts[s][score.answered()];
        if (text == null) {
            text = scoreColumns.get(s) + "(" + score.answered() + "/" + score.outOf() + ")";
            scaleCounts[s][score.answered()] = text;
        }
        return text;
    }

    private StringBuilder separate() {
        return flags.length() == 0 ? flags : flags.append(FLAG_SEPARATOR);
    }
}
