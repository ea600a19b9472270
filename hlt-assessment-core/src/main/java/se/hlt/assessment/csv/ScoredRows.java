package se.hlt.assessment.csv;

import java.util.List;
import java.util.Map;
import se.hlt.assessment.scoring.FormResult;
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
    /** The norms columns' cells of a row. */
    private final NormsCells norms;
    private final Object[][] seenBands;
    private final Prepared[][] seenBandText;

    ScoredRows(CsvLineWriter out, SdqLayout layout, char delimiter) {
        this.out = out;
        this.layout = layout;
        this.normColumns = layout.added.norms();
        this.scoreColumns = layout.added.scores();
        this.scaleCounts = new String[scoreColumns.size()][];
        this.bandColumns = layout.added.bands().toArray(SdqAddedColumns.BandColumn[]::new);
        this.seenBands = new Object[bandColumns.length][BAND_CACHE_VALUES];
        this.seenBandText = new Prepared[bandColumns.length][BAND_CACHE_VALUES];
        this.empty = out.prepare("");
        this.norms = new NormsCells(out, normColumns, empty, delimiter == ';');
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
        norms.write(result.norms());
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
