package se.hlt.assessment.csv;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import se.hlt.assessment.cohort.CohortTally;
import se.hlt.assessment.comparison.AddedValueModel;
import se.hlt.assessment.comparison.BandPosition;
import se.hlt.assessment.comparison.ChangeStatus;

/**
 * Reads the rows of one stretch of a pairs file into a {@link CohortTally}: each row's group (from its grouping
 * cells, or its age band), and per score the two scores, the reliable change status and the bands; and its Added
 * Value Score. A row with a cell that cannot be read is left out, and the first few are listed with the reason;
 * a grouping value that looks like a personal identity number stops the reading (the file is refused).
 *
 * <p>One per reading thread. Group numbers are this stretch's own, with {@link #groupValues()} saying what each
 * is; the caller joins the stretches.
 */
final class PairsChunk implements ByteCsvScanner.Records {

    /** How many problem rows are listed; the rest are counted. */
    static final int LISTED = 20;
    private static final int PROGRESS_STEP = 1 << 14;
    /** Kept: values() copies the array at every call, a tenth of hlt cohort's reading when called a cell. */
    private static final ChangeStatus[] STATUSES = ChangeStatus.values();
    private static final byte[][] STATUS_CODES = Arrays.stream(STATUSES)
            .map(s -> s.code().getBytes(StandardCharsets.US_ASCII)).toArray(byte[][]::new);
    /** A total at or above its cut-off: out of the clinical range, the typical band of two. */
    private static final BandPosition AT_OR_ABOVE_CUTOFF = new BandPosition("at_or_above_cutoff", 0, 2);
    /** A total below its cut-off: in the clinical range, the atypical band of two. */
    private static final BandPosition BELOW_CUTOFF = new BandPosition("below_cutoff", 1, 2);

    /**
     * A row left out.
     *
     * @param line its (first) line among this stretch's lines (blank ones included), from 1
     * @param lastLine for a row left out because it runs over lines, its last line; else 0
     * @param column the column at fault, or empty for the row as a whole
     * @param reason why, in English (never the cell's value); for a row over lines, the caller names them
     */
    record Problem(long line, long lastLine, String column, String reason) {
    }

    /**
     * Why the reading stopped: a grouping cell that looks like a personal identity number, or is not UTF-8.
     *
     * @param kind the refusal
     * @param column the column
     * @param line the line among this stretch's lines, from 1
     */
    record Stop(RefusalKind kind, String column, long line) {
    }

    private final PairsHeader header;
    private final int[] scaleMap;
    private final PairBands bands;
    private final byte[] modelId;
    private final SharedProgress progress;
    private final CohortTally tally;
    private final PairGroups groups;
    private final List<Problem> problems = new ArrayList<>();
    /** Whether a row may run over lines (line breaks in passed-through cells); otherwise it is left out. */
    private final boolean multilineCells;
    private long lines;
    /** The first line of the row being read (a row can run over several). */
    private long rowLine;
    private long records;
    private long blankLines;
    private long skipped;
    private Optional<Stop> stop = Optional.empty();
    private int sinceReported;
    // one row's values, checked before the row is kept
    private final int[] t1;
    private final int[] t2;
    private final int[] statuses;
    private final BandPosition[] bandT1;
    private final BandPosition[] bandT2;

    /**
     * A reader of rows with {@code header}'s columns.
     *
     * @param scaleMap each of the header's scores' number among the report's scores
     * @param scales how many scores the report has
     * @param model the Added Value Score model the rows may name, which decides whose AVS a mean rests on
     */
    PairsChunk(PairsHeader header, int[] scaleMap, int scales, PairBands bands, AddedValueModel model,
               SharedProgress progress, boolean multilineCells) {
        this.multilineCells = multilineCells;
        this.header = header;
        this.scaleMap = scaleMap;
        this.bands = bands;
        this.modelId = model.id().getBytes(StandardCharsets.UTF_8);
        this.progress = progress;
        this.tally = new CohortTally(scales, model);
        this.groups = new PairGroups(header);
        int n = header.scales.size();
        t1 = new int[n];
        t2 = new int[n];
        statuses = new int[n];
        bandT1 = new BandPosition[n];
        bandT2 = new BandPosition[n];
    }

    @Override
    public boolean record(ByteRecord row) {
        if (++sinceReported == PROGRESS_STEP) {
            progress.add(sinceReported);
            sinceReported = 0;
        }
        rowLine = lines + 1;
        lines += 1 + row.breaks();
        if (row.isBlankLine()) {
            blankLines++;
            return true;
        }
        records++;
        // an open quote swallows the lines after it into one cell: name them, read none of them as a pair
        if (row.breaks() > 0 && !multilineCells) {
            skipped++;
            if (problems.size() < LISTED) {
                problems.add(new Problem(rowLine, lines, "", ""));
            }
            return true;
        }
        // a row left out is skipped, never the end of the reading: record() returns false only for a refusal
        if (row.size() != header.width) {
            leaveOut("", "the row has " + row.size() + " cells, the header " + header.width);
            return true;
        }
        int g = groups.of(row);
        if (g == PairGroups.REFUSED) {
            stop = Optional.of(new Stop(groups.refusal().orElseThrow(), groups.refusedColumn(), rowLine));
            return false;
        }
        if (g == PairGroups.NOT_AN_AGE) {
            leaveOut(header.names.get(header.age), "is not an age in whole years");
            return true;
        }
        if (!groups.usable(g)) {
            leaveOut(header.names.get(header.informant), "the file has no score columns for this row's "
                    + "instrument and informant");
            return true;
        }
        if (!readScores(row) || !readAddedValue(row)) {
            return true;
        }
        tally.pair(g);
        if (header.ageOutsideVersion(row)) {
            tally.ageOutsideVersion(g);
        }
        for (int s = 0; s < t1.length; s++) {
            int to = scaleMap[s];
            if (t1[s] < 0) {
                continue;
            }
            tally.scores(g, to, t1[s], t2[s]);
            if (statuses[s] >= 0) {
                tally.status(g, to, STATUSES[statuses[s]]);
            }
            if (bandT1[s] != null && bandT2[s] != null) {
                tally.bands(g, to, bandT1[s], bandT2[s]);
            }
        }
        if (header.avs >= 0 && !row.isEmpty(header.avs)) {
            // the tally, not the file, decides whether the model covers the child: a file from an older hlt
            // compare, or an edited one, gives an AVS for any age
            tally.addedValue(g, row.decimal(header.avs), row.decimal(header.avsEffectSize), header.age(row));
        }
        return true;
    }

    private boolean readScores(ByteRecord row) {
        PairBands.Table table = bands.of(row, header.instrument, header.informant, header.version);
        for (int s = 0; s < t1.length; s++) {
            PairsHeader.ScaleColumns c = header.scales.get(s);
            boolean tenths = c.scale().divisor() == 10;
            int a = tenths ? row.tenths(c.t1()) : row.smallInt(c.t1());
            int b = tenths ? row.tenths(c.t2()) : row.smallInt(c.t2());
            t1[s] = -1;
            statuses[s] = -1;
            bandT1[s] = null;
            bandT2[s] = null;
            if (a == ByteRecord.BLANK || b == ByteRecord.BLANK) {
                continue; // a score missing at either time: no pair for this score
            }
            if (a < 0 || b < 0) {
                return leaveOut(header.names.get(a < 0 ? c.t1() : c.t2()), tenths
                        ? "is not a score with at most one decimal" : "is not a whole score");
            }
            t1[s] = a;
            t2[s] = b;
            if (c.status() >= 0 && !row.isEmpty(c.status())) {
                statuses[s] = status(row, c.status());
                if (statuses[s] < 0) {
                    return leaveOut(header.names.get(c.status()), "is not improved, no_reliable_change or "
                            + "deteriorated");
                }
            }
            if (c.cutoff() >= 0 && !row.isEmpty(c.cutoff())) {
                int cutoff = row.tenths(c.cutoff());
                if (cutoff < 0) {
                    return leaveOut(header.names.get(c.cutoff()), "is not a number with at most one decimal");
                }
                bandT1[s] = a < cutoff ? BELOW_CUTOFF : AT_OR_ABOVE_CUTOFF;
                bandT2[s] = b < cutoff ? BELOW_CUTOFF : AT_OR_ABOVE_CUTOFF;
            }
            if (c.bandT1() >= 0 && c.bandT2() >= 0 && !row.isEmpty(c.bandT1()) && !row.isEmpty(c.bandT2())) {
                bandT1[s] = table.position(s, row, c.bandT1());
                bandT2[s] = table.position(s, row, c.bandT2());
                if (bandT1[s] == null || bandT2[s] == null) {
                    int column = bandT1[s] == null ? c.bandT1() : c.bandT2();
                    return leaveOut(header.names.get(column), "is not a band of the table for this row's "
                            + "instrument, informant and version");
                }
            }
        }
        return true;
    }

    private boolean readAddedValue(ByteRecord row) {
        if (header.avs < 0 || row.isEmpty(header.avs)) {
            return true;
        }
        if (Double.isNaN(row.decimal(header.avs))) {
            return leaveOut(header.names.get(header.avs), "is not a number");
        }
        if (header.avsEffectSize < 0 || Double.isNaN(row.decimal(header.avsEffectSize))) {
            return leaveOut("avs_effect_size", "is not a number");
        }
        if (header.avsModel >= 0 && !row.is(header.avsModel, modelId)) {
            return leaveOut(header.names.get(header.avsModel), "names no Added Value Score model the program knows");
        }
        return true;
    }

    private static int status(ByteRecord row, int field) {
        for (int s = 0; s < STATUS_CODES.length; s++) {
            if (row.is(field, STATUS_CODES[s])) {
                return s;
            }
        }
        return -1;
    }

    /** Leaves the current row out for {@code reason}; returns false, for the callers' convenience. */
    private boolean leaveOut(String column, String reason) {
        skipped++;
        if (problems.size() < LISTED) {
            problems.add(new Problem(rowLine, 0, column, reason));
        }
        return false;
    }

    /** Reports the rows not yet reported to the progress listener. */
    void finish() {
        progress.add(sinceReported);
        sinceReported = 0;
    }

    CohortTally tally() {
        return tally;
    }

    /** Each group number's values: instrument, informant, then one per grouping column. */
    List<List<String>> groupValues() {
        return groups.values();
    }

    /** Records read (blank lines are not records). */
    long records() {
        return records;
    }

    /** Lines read, blank ones included. */
    long lines() {
        return lines;
    }

    long blankLines() {
        return blankLines;
    }

    /** Rows left out. */
    long skipped() {
        return skipped;
    }

    /** The first rows left out, with their reasons. */
    List<Problem> problems() {
        return problems;
    }

    /** Why the reading stopped early, if it did. */
    Optional<Stop> stop() {
        return stop;
    }
}
