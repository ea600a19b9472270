package se.hlt.assessment.csv;

import java.io.IOException;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import se.hlt.assessment.pairing.FollowUpWindow;
import se.hlt.assessment.pairing.Pairing;

/**
 * Writes the pairs file: the header, every pair in the order of their baselines, then the rows of the ORS series
 * joined, if any. A large file is written in two halves at once, the second by a thread of its own into a part
 * that is then appended: formatting a million pairs was the longest stretch of a run with one core idle.
 */
final class PairsFile {

    /** Fewer pairs than this are written by one thread: a second would cost more than it saves. */
    static final int SPLIT_ABOVE = 50_000;

    private final int splitAbove;
    private final Pairing pairing;
    private final InputRows rows;
    private final PairColumns columns;
    private final FollowUpWindow window;
    private final CsvInputStart start;
    /** The run's tally of input text that looks like a formula, which every writer of the file adds to. */
    private final FormulaCells formulas;
    /** The language of the file's sentences. */
    private final Locale locale;

    /**
     * A writer of {@code pairing}'s pairs.
     *
     * @param splitAbove more pairs than this are written in two halves at once
     */
    PairsFile(Pairing pairing, InputRows rows, PairColumns columns, FollowUpWindow window, CsvInputStart start,
              int splitAbove, FormulaCells formulas, Locale locale) {
        this.locale = locale;
        this.splitAbove = splitAbove;
        this.formulas = formulas;
        this.pairing = pairing;
        this.rows = rows;
        this.columns = columns;
        this.window = window;
        this.start = start;
    }

    /**
     * What writing the file counted.
     *
     * @param shorter pairs whose interval is shorter than the window
     * @param longer pairs whose interval is longer than the window
     * @param withoutDates pairs without both dates
     * @param withoutReliableChange pairs with no reliable change index at all
     * @param withAddedValue pairs with an Added Value Score
     * @param orsRows ORS series rows written
     * @param withSdqPair ORS series rows whose client has an SDQ pair
     */
    record Counts(long shorter, long longer, long withoutDates, long withoutReliableChange, long withAddedValue,
                  long orsRows, long withSdqPair) {
    }

    /**
     * Writes the file into {@code file}, using {@code part} (a temporary file of the same folder) for the second
     * half.
     */
    Counts write(PendingFile file, PendingFile part, Optional<OrsSeriesFile.Read> series) throws IOException {
        int n = pairing.pairs();
        int middle = n > splitAbove ? n / 2 : n;
        Optional<SecondThread<PairsWriter>> second = middle == n ? Optional.empty()
                : Optional.of(SecondThread.start("hlt-write-pairs", () -> {
                    try (CsvLineWriter out = CsvLineWriter.of(part.open(), start.withoutBom()).countingIn(formulas)) {
                        return pairs(out, middle, n);
                    }
                }));
        PairsWriter first;
        try (CsvLineWriter out = CsvLineWriter.of(file.open(), start)
                .countingIn(formulas)) {
            new PairsWriter(out, start.delimiter(), columns, window, locale).writeHeader();
            first = pairs(out, 0, middle);
        }
        Optional<PairsWriter> rest = Optional.empty();
        if (second.isPresent()) {
            rest = Optional.of(second.get().join());
            file.append(part);
        }
        long orsRows = 0;
        long withSdqPair = 0;
        if (series.isPresent()) {
            try (CsvLineWriter out = CsvLineWriter.of(file.openForAppend(), start.delimiter(), false)
                    .countingIn(formulas)) {
                OrsPairRows ors = new OrsPairRows(out, start.delimiter() == ';', columns);
                withSdqPair = joinOrs(series.get(), ors);
                orsRows = ors.rows();
            }
        }
        return new Counts(first.shorter() + rest.map(PairsWriter::shorter).orElse(0L),
                first.longer() + rest.map(PairsWriter::longer).orElse(0L),
                first.withoutDates() + rest.map(PairsWriter::withoutDates).orElse(0L),
                first.withoutReliableChange() + rest.map(PairsWriter::withoutReliableChange).orElse(0L),
                first.withAddedValue() + rest.map(PairsWriter::withAddedValue).orElse(0L), orsRows, withSdqPair);
    }

    /** Writes pairs {@code from} to {@code to} (exclusive) with a writer of their own, which counts them. */
    private PairsWriter pairs(CsvLineWriter out, int from, int to) {
        PairsWriter writer = new PairsWriter(out, start.delimiter(), columns, window, locale);
        for (int p = from; p < to; p++) {
            int b = pairing.baselineOf(p);
            int u = pairing.followUpOf(p);
            writer.write(rows.ids(), rows.key(b), rows.file(b), rows.local(b), rows.file(u), rows.local(u));
        }
        return writer;
    }

    /**
     * Writes the series rows, each with the grouping columns (and age and sex) of its client's SDQ pair where the
     * client has one, else of the client's first SDQ baseline row that made no pair (a baseline whose follow-up is
     * missing still says which area and period the child belongs to), else of its first follow-up row (the store
     * keeps a follow-up's pass-through values when a series is joined).
     *
     * @return how many had an SDQ pair
     */
    private long joinOrs(OrsSeriesFile.Read series, OrsPairRows writer) {
        int[] baselineOfKey = new int[rows.ids().size()];
        Arrays.fill(baselineOfKey, -1);
        // from the end, so that the first row of an id is kept: its first follow-up, then its first baseline over it
        for (int r = rows.size() - 1; r >= 0; r--) {
            if (rows.isFollowUp(r)) {
                baselineOfKey[rows.key(r)] = r;
            }
        }
        for (int r = rows.size() - 1; r >= 0; r--) {
            if (!rows.isFollowUp(r)) {
                baselineOfKey[rows.key(r)] = r;
            }
        }
        boolean[] paired = new boolean[rows.ids().size()];
        for (int p = 0; p < pairing.pairs(); p++) {
            int b = pairing.baselineOf(p);
            baselineOfKey[rows.key(b)] = b;
            paired[rows.key(b)] = true;
        }
        long withPair = 0;
        for (OrsSeriesRow row : series.rows()) {
            int key = rows.ids().find(row.client());
            int b = key == TextInterner.BLANK ? -1 : baselineOfKey[key];
            if (b < 0) {
                writer.write(row, Optional.empty(), -1);
                continue;
            }
            writer.write(row, Optional.of(rows.file(b)), rows.local(b));
            if (paired[key]) {
                withPair++;
            }
        }
        return withPair;
    }
}
