package se.hlt.assessment.csv;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import se.hlt.assessment.cohort.AgeBands;
import se.hlt.assessment.cohort.CohortTally;
import se.hlt.assessment.comparison.BandPosition;
import se.hlt.assessment.comparison.ChangeStatus;
import se.hlt.assessment.text.PersonalIdentityNumbers;

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
    private static final byte[][] STATUS_CODES = Arrays.stream(ChangeStatus.values())
            .map(s -> s.code().getBytes(StandardCharsets.US_ASCII)).toArray(byte[][]::new);
    private static final byte[][] AGE_BANDS = new byte[FormContexts.MAX_AGE + 2][];
    /** A total at or above its cut-off: out of the clinical range, the typical band of two. */
    private static final BandPosition AT_OR_ABOVE_CUTOFF = new BandPosition("at_or_above_cutoff", 0, 2);
    /** A total below its cut-off: in the clinical range, the atypical band of two. */
    private static final BandPosition BELOW_CUTOFF = new BandPosition("below_cutoff", 1, 2);

    static {
        for (int age = -1; age <= FormContexts.MAX_AGE; age++) {
            AGE_BANDS[age + 1] = AgeBands.hlt().columnValue(age < 0 ? OptionalInt.empty() : OptionalInt.of(age))
                    .getBytes(StandardCharsets.UTF_8);
        }
    }

    /**
     * A row left out.
     *
     * @param line its line among this stretch's lines (blank ones included), from 1
     * @param column the column at fault, or empty for the row as a whole
     * @param reason why, in English (never the cell's value)
     */
    record Problem(long line, String column, String reason) {
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
    private final ByteKeys groups = new ByteKeys();
    /** Each group's values: the instrument and informant, then one per grouping column. */
    private final List<List<String>> groupValues = new ArrayList<>();
    /** Per group, whether the header has score columns for its instrument and informant. */
    private final List<Boolean> usable = new ArrayList<>();
    private final List<Problem> problems = new ArrayList<>();
    private byte[] key = new byte[128];
    private long lines;
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
     * @param modelId the id of the Added Value Score model the rows may name
     */
    PairsChunk(PairsHeader header, int[] scaleMap, int scales, PairBands bands, String modelId,
               SharedProgress progress) {
        this.header = header;
        this.scaleMap = scaleMap;
        this.bands = bands;
        this.modelId = modelId.getBytes(StandardCharsets.UTF_8);
        this.progress = progress;
        this.tally = new CohortTally(scales);
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
        lines++;
        if (row.isBlankLine()) {
            blankLines++;
            return true;
        }
        records++;
        // a row left out is skipped, never the end of the reading: record() returns false only for a refusal
        if (row.size() != header.width) {
            leaveOut("", "the row has " + row.size() + " cells, the header " + header.width);
            return true;
        }
        OptionalInt group = group(row);
        if (stop.isPresent()) {
            return false;
        }
        if (group.isEmpty()) {
            return true;
        }
        if (!usable.get(group.getAsInt())) {
            leaveOut(header.names.get(header.informant), "the file has no score columns for this row's "
                    + "instrument and informant");
            return true;
        }
        if (!readScores(row) || !readAddedValue(row)) {
            return true;
        }
        int g = group.getAsInt();
        tally.pair(g);
        for (int s = 0; s < t1.length; s++) {
            int to = scaleMap[s];
            if (t1[s] < 0) {
                continue;
            }
            tally.scores(g, to, t1[s], t2[s]);
            if (statuses[s] >= 0) {
                tally.status(g, to, ChangeStatus.values()[statuses[s]]);
            }
            if (bandT1[s] != null && bandT2[s] != null) {
                tally.bands(g, to, bandT1[s], bandT2[s]);
            }
        }
        if (header.avs >= 0 && !row.isEmpty(header.avs)) {
            tally.addedValue(g, row.decimal(header.avs), row.decimal(header.avsEffectSize));
        }
        return true;
    }

    /**
     * The row's group number, or empty (with a problem, or a refusal) when a grouping cell cannot be used. Rows of
     * different instruments or informants are in different groups: each is reported on its own.
     */
    private OptionalInt group(ByteRecord row) {
        int length = 0;
        for (int column : new int[] {header.instrument, header.informant}) {
            key = row.appendTrimmed(column, key, length);
            length += row.lastLength;
            if (length == key.length) {
                key = Arrays.copyOf(key, key.length * 2);
            }
            key[length++] = 0;
        }
        for (int column : header.groupColumns) {
            if (column >= 0) {
                key = row.appendTrimmed(column, key, length);
                length += row.lastLength;
            } else {
                int age = row.smallInt(header.age);
                if (age != ByteRecord.BLANK && (age < 0 || age > FormContexts.MAX_AGE)) {
                    leaveOut(header.names.get(header.age), "is not an age in whole years");
                    return OptionalInt.empty();
                }
                byte[] band = AGE_BANDS[age == ByteRecord.BLANK ? 0 : age + 1];
                if (key.length - length < band.length) {
                    key = Arrays.copyOf(key, key.length * 2 + band.length);
                }
                System.arraycopy(band, 0, key, length, band.length);
                length += band.length;
            }
            if (length == key.length) {
                key = Arrays.copyOf(key, key.length * 2);
            }
            key[length++] = 0;
        }
        int group = groups.number(key, length);
        if (group == groupValues.size() && !newGroup(row)) {
            return OptionalInt.empty();
        }
        return OptionalInt.of(group);
    }

    /** Decodes a new group's values, screening each for a personal identity number. */
    private boolean newGroup(ByteRecord row) {
        List<String> values = new ArrayList<>();
        for (int column : new int[] {header.instrument, header.informant}) {
            values.add(row.text(column).map(t -> t.trim().toLowerCase(java.util.Locale.ROOT)).orElse(""));
        }
        String instrument = values.get(0);
        String informant = values.get(1);
        usable.add(header.scales.stream().anyMatch(c -> c.scale().instrument().equals(instrument)
                && c.scale().informant().equals(informant)));
        for (int column : header.groupColumns) {
            if (column < 0) {
                int age = row.smallInt(header.age);
                values.add(AgeBands.hlt().columnValue(age == ByteRecord.BLANK ? OptionalInt.empty()
                        : OptionalInt.of(age)));
                continue;
            }
            Optional<String> text = row.text(column).map(String::trim);
            if (text.isEmpty()) {
                groupValues.add(List.of()); // keeps numbering in step; never used, as the reading stops
                stop = Optional.of(new Stop(RefusalKind.NOT_UTF8, header.names.get(column), lines));
                return false;
            }
            if (PersonalIdentityNumbers.looksLike(text.get())) {
                groupValues.add(List.of());
                stop = Optional.of(new Stop(RefusalKind.PERSONAL_IDENTITY_NUMBER, header.names.get(column), lines));
                return false;
            }
            values.add(text.get());
        }
        groupValues.add(List.copyOf(values));
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
            problems.add(new Problem(lines, column, reason));
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
        return groupValues;
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
