package se.hlt.assessment.csv;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import se.hlt.assessment.instrument.Informant;
import se.hlt.assessment.pairing.Pairing;
import se.hlt.assessment.pairing.Unpaired;

/**
 * Pairs each child's baseline SDQ with the follow-up by the same informant, from CSV files in the batch's format
 * (see {@link SdqCsvBatch}): the library behind {@code hlt compare}.
 *
 * <p>The rows are read and scored exactly as the batch reads them (same columns, same errors, same refusals),
 * and a {@code date} column is read as each form's date (ISO 8601, {@code 2025-03-14}). Then every row ends up in
 * exactly one of three files: a pair in the pairs file (see {@link PairColumns} for its columns), unmatched or
 * in conflict in the unpaired file with its reason (see {@link Pairing}), or, not scored, in the errors file:
 * {@code rows = 2 × pairs + unmatched + conflicts + errors}. All three use the first input's delimiter and byte
 * order mark.
 *
 * <p>The pairs file carries, from the baseline row, every pass-through column of the first input (so that a
 * cohort can be grouped by any of them later), the age and the sex. Pairing must hold every row until the
 * last is read: memory grows with the rows, some 40 bytes each plus 4 per pass-through column. Two files are read
 * at once, on two threads. Immutable and thread-safe.
 *
 * <pre>{@code
 * Outcome<CompareSummary> outcome = SdqPairsCsv.builtIn().run(CompareInput.twoFiles(b, f),
 *         new CompareOutputs(pairs, unpaired, errors), CompareOptions.defaults(), ProgressListener.NONE);
 * outcome.summary().ifPresent(s -> System.err.println(s.line()));
 * }</pre>
 */
public final class SdqPairsCsv {

    private final PairsKnowledge knowledge;
    private final int splitWritesAbove;

    private SdqPairsCsv(PairsKnowledge knowledge, int splitWritesAbove) {
        this.knowledge = knowledge;
        this.splitWritesAbove = splitWritesAbove;
    }

    /** This pairing, writing any pairs file of more than {@code pairs} pairs in two halves at once (for tests). */
    SdqPairsCsv splittingWritesAbove(int pairs) {
        return new SdqPairsCsv(knowledge, pairs);
    }

    /**
     * Pairing with the built-in definitions and norms tables, and the Added Value Score model of Ford et al.
     * (2009). Its scorer makes no z-score comparisons, which the pairs file does not use (as in the batch).
     */
    public static SdqPairsCsv builtIn() {
        return new SdqPairsCsv(PairsKnowledge.builtIn(), PairsFile.SPLIT_ABOVE);
    }

    /**
     * Pairs the forms of {@code input}.
     *
     * @param input the files to read
     * @param outputs where the three files go; written under temporary names and moved into place only when the
     *     run completes, so a refused run leaves existing files as they were
     * @param options the reading options and the follow-up window
     * @param progress told how many rows have been read
     * @return the summary, or why an input was refused
     * @throws IOException if a file cannot be read or written
     */
    public Outcome<CompareSummary> run(CompareInput input, CompareOutputs outputs, CompareOptions options,
                                           ProgressListener progress) throws IOException {
        Objects.requireNonNull(options, "options");
        Optional<Refusal> clash = sameFile(input, outputs);
        if (clash.isPresent()) {
            return new Outcome.Refused<>(Optional.empty(), clash.get());
        }
        CsvInputStart outputStart;
        try (InputStream in = Files.newInputStream(input.first())) {
            outputStart = CsvInputStart.peek(SdqRowReader.buffered(in), Optional.of(input.first()));
        }
        if (outputStart.refusal().isPresent()) {
            return new Outcome.Refused<>(Optional.of(input.files().get(0).role()), outputStart.refusal().get());
        }
        outputStart = outputStart.forOutput(options.reading().export().outputEncoding());
        Optional<OrsSeriesFile.Read> series = Optional.empty();
        if (input.orsSeries().isPresent()) {
            Outcome<OrsSeriesFile.Read> read = OrsSeriesFile.read(input.orsSeries().get());
            if (read.refusal().isPresent()) {
                return new Outcome.Refused<>(Optional.of(CompareInput.ORS_SERIES), read.refusal().get());
            }
            series = read.summary();
        }
        List<String> orsRaters = series.map(SdqPairsCsv::raters).orElse(List.of());
        List<CompareInput.Role> roles = input.files();
        List<PendingFile> errorParts = new ArrayList<>();
        try (PendingFile pairs = PendingFile.beside(outputs.pairs());
             PendingFile unpaired = PendingFile.beside(outputs.unpaired());
             PendingFile errors = PendingFile.beside(outputs.errors())) {
            for (int i = 0; i < roles.size(); i++) {
                errorParts.add(PendingFile.partOf(errors));
            }
            SharedProgress shared = new SharedProgress(progress);
            FormulaCells formulas = FormulaCells.of(options.reading().keepFormulas());
            List<FileRead> reads;
            try {
                reads = readAll(roles, options, outputStart, errorParts, orsRaters, shared, formulas);
            } finally {
                shared.finished();
            }
            Optional<Outcome<CompareSummary>> refused = refusal(reads);
            if (refused.isPresent()) {
                return refused.get();
            }
            CompareSummary summary = pairAndWrite(reads, series, options, outputStart, pairs, unpaired, errors,
                    errorParts, formulas);
            pairs.commit();
            unpaired.commit();
            errors.commit();
            return Outcome.done(summary);
        } finally {
            for (PendingFile part : errorParts) {
                part.close();
            }
        }
    }

    /** What reading one file gave: how it ended, and its rows when it completed. */
    private record FileRead(CompareInput.Role role, Outcome<BatchSummary> outcome, Optional<FormRowStore> store,
                            Optional<PairColumns> columns) {
    }

    /** Reads every file, the second on a thread of its own while the first is read here. */
    private List<FileRead> readAll(List<CompareInput.Role> roles, CompareOptions options, CsvInputStart outputStart,
                                   List<PendingFile> errorParts, List<String> orsRaters, SharedProgress progress,
                                   FormulaCells formulas) throws IOException {
        List<SecondThread<FileRead>> others = new ArrayList<>();
        for (int i = 1; i < roles.size(); i++) {
            int file = i;
            others.add(SecondThread.start("hlt-read-" + roles.get(i).role(),
                    () -> read(roles.get(file), file, options, outputStart, errorParts, orsRaters, progress,
                            formulas)));
        }
        List<FileRead> reads = new ArrayList<>();
        reads.add(read(roles.get(0), 0, options, outputStart, errorParts, orsRaters, progress, formulas));
        for (SecondThread<FileRead> other : others) {
            reads.add(other.join());
        }
        return reads;
    }

    /** Reads one file into a store, its rejected rows into its part of the errors file. */
    private FileRead read(CompareInput.Role role, int number, CompareOptions options, CsvInputStart outputStart,
                          List<PendingFile> errorParts, List<String> orsRaters, SharedProgress progress,
                          FormulaCells formulas) throws IOException {
        SdqBatchOptions reading = options.reading().withFollowup(role.role().equals(CompareInput.FOLLOWUP));
        PendingFile errorPart = errorParts.get(number);
        boolean first = number == 0;
        FormRowStore[] store = new FormRowStore[1];
        PairColumns[] columns = new PairColumns[1];
        Outcome<BatchSummary> outcome;
        try (InputStream file = Files.newInputStream(role.path());
             OutputStream errorBytes = errorPart.open();
             CsvLineWriter errorLines = CsvLineWriter.of(errorBytes, outputStart.withoutBom())
                     .countingIn(formulas)) {
            BufferedInputStream in = SdqRowReader.buffered(file);
            CsvInputStart start = CsvInputStart.peek(in, Optional.of(role.path()));
            if (start.refusal().isPresent()) {
                return new FileRead(role, Outcome.refused(start.refusal().get()), Optional.empty(), Optional.empty());
            }
            int rows = RowEstimate.of(in, Files.size(role.path()));
            outcome = new SdqRowReader(knowledge.scorer(), knowledge.vocabulary(), reading, true).read(in, start, layout -> {
                if (layout.idsFromRowNumbers()) {
                    return Outcome.refused(RefusalKind.ID_COLUMN_NEEDED);
                }
                if (errorParts.size() == 1 && layout.timepointColumn < 0) { // one file holds both timepoints
                    return Outcome.refused(RefusalKind.TIMEPOINT_COLUMN_NEEDED);
                }
                PairColumns pairColumns = new PairColumns(layout, knowledge, orsRaters);
                Optional<String> clash = first ? pairColumns.clashWithInput() : Optional.empty();
                if (clash.isPresent()) {
                    return Outcome.refused(RefusalKind.OUTPUT_COLUMN_IN_INPUT, clash.get());
                }
                columns[0] = pairColumns;
                store[0] = new FormRowStore(layout, pairColumns.followUpQuestions, !orsRaters.isEmpty(), rows);
                ErrorRows errors = new ErrorRows(errorLines, role.role(), reading.locale());
                return Outcome.done(new FormCollector(store[0], errors, progress));
            });
        }
        return new FileRead(role, outcome, Optional.ofNullable(store[0]), Optional.ofNullable(columns[0]));
    }

    /** The first refusal among the files, or a refusal of the files together (different informants). */
    private static Optional<Outcome<CompareSummary>> refusal(List<FileRead> reads) {
        for (FileRead read : reads) {
            if (read.outcome().refusal().isPresent()) {
                return Optional.of(new Outcome.Refused<>(Optional.of(read.role().role()),
                        read.outcome().refusal().get()));
            }
        }
        SdqLayout first = reads.get(0).store().orElseThrow().layout;
        for (FileRead read : reads.subList(1, reads.size())) {
            SdqLayout other = read.store().orElseThrow().layout;
            if (other.informant != first.informant) {
                return Optional.of(new Outcome.Refused<>(Optional.of(read.role().role()), Refusal.of(
                        RefusalKind.INFORMANTS_DIFFER, first.informant.code(), other.informant.code())));
            }
        }
        return Optional.empty();
    }

    private CompareSummary pairAndWrite(List<FileRead> reads, Optional<OrsSeriesFile.Read> series,
                                        CompareOptions options, CsvInputStart start, PendingFile pairsFile,
                                        PendingFile unpairedFile, PendingFile errorsFile,
                                        List<PendingFile> errorParts, FormulaCells formulas) throws IOException {
        PairColumns columns = reads.get(0).columns().orElseThrow();
        List<InputFile> files = reads.stream().map(r -> InputFile.of(r.role().role(), r.store().orElseThrow(),
                columns.passThroughNames)).toList();
        InputRows rows = new InputRows(files);
        Pairing pairing = Pairing.of(rows);
        PairsFile.Counts written;
        try (PendingFile secondHalf = PendingFile.partOf(pairsFile)) {
            written = new PairsFile(pairing, rows, columns, options.window(), start, splitWritesAbove, formulas,
                    options.reading().locale())
                    .write(pairsFile, secondHalf, series);
        }
        try (CsvLineWriter out = CsvLineWriter.of(unpairedFile.open(), start)
                .countingIn(formulas)) {
            UnpairedWriter writer = new UnpairedWriter(out, columns, options.reading().locale());
            writer.writeHeader();
            for (Unpaired u : pairing.unpaired()) {
                int key = rows.key(u.row());
                writer.write(u, rows.file(u.row()), rows.local(u.row()), rows.ids(),
                        key == InputRows.NO_KEY ? TextInterner.BLANK : key);
            }
        }
        writeErrors(errorsFile, errorParts, series, start, columns.idHeader, formulas,
                options.reading().locale());
        List<BatchSummary> read = reads.stream().map(r -> r.outcome().summary().orElseThrow()).toList();
        SdqLayout layout = reads.get(0).store().orElseThrow().layout;
        return new CompareSummary(read.stream().mapToLong(BatchSummary::rows).sum(), pairing.pairs(),
                pairing.unmatched(), pairing.conflicts(), read.stream().mapToLong(BatchSummary::errors).sum(),
                read.stream().mapToLong(BatchSummary::blankLines).sum(), layout.informant, layout.version,
                options.window(), written.shorter(), written.longer(),
                written.withoutDates(), written.withoutReliableChange(), written.withAddedValue(),
                series.map(s -> new CompareSummary.OrsJoin(s.rows().size() + s.rejected().size(), written.orsRows(),
                        s.rejected().size(), written.withSdqPair())).orElse(CompareSummary.OrsJoin.NONE),
                read.stream().mapToLong(BatchSummary::lines).sum(), formulas.count(),
                java.util.stream.Stream.concat(read.stream().map(BatchSummary::encoding),
                        series.map(OrsSeriesFile.Read::encoding).stream()).toList(),
                read.stream().flatMap(r -> r.notes().stream()).toList());
    }

    /** The raters of a series, in the order of {@link Informant}: self, parent, teacher, other. */
    private static List<String> raters(OrsSeriesFile.Read series) {
        List<String> raters = new ArrayList<>();
        for (Informant informant : Informant.values()) {
            if (series.rows().stream().anyMatch(r -> Informant.parse(r.rater()) == informant)) {
                raters.add(informant.code());
            }
        }
        return raters;
    }

    /** The errors file: its header, then each file's rejected rows in turn, the ORS series' last. */
    private static void writeErrors(PendingFile errorsFile, List<PendingFile> parts,
                                    Optional<OrsSeriesFile.Read> series, CsvInputStart start, String idHeader,
                                    FormulaCells formulas, Locale locale) throws IOException {
        ByteArrayOutputStream header = new ByteArrayOutputStream();
        try (CsvLineWriter line = CsvLineWriter.of(header, start).countingIn(formulas)) {
            line.line(ErrorRows.headerOfSeveral(idHeader));
        }
        ByteArrayOutputStream seriesErrors = new ByteArrayOutputStream();
        try (CsvLineWriter lines = CsvLineWriter.of(seriesErrors, start.withoutBom()).countingIn(formulas)) {
            ErrorRows rows = new ErrorRows(lines, CompareInput.ORS_SERIES, locale);
            series.ifPresent(s -> s.rejected().forEach(r -> rows.write(r.row(), r.client(), r.problems())));
        }
        try (OutputStream out = errorsFile.open()) {
            header.writeTo(out);
            for (PendingFile part : parts) {
                part.copyTo(out);
            }
            seriesErrors.writeTo(out);
        }
    }

    private static Optional<Refusal> sameFile(CompareInput input, CompareOutputs outputs) {
        List<Path> all = new ArrayList<>();
        input.files().forEach(r -> all.add(r.path()));
        input.orsSeries().ifPresent(all::add);
        all.addAll(List.of(outputs.pairs(), outputs.unpaired(), outputs.errors()));
        List<Path> written = List.of(outputs.pairs(), outputs.unpaired(), outputs.errors());
        return Inputs.notFiles(all.subList(0, all.size() - written.size()))
                .or(() -> PendingFile.sameFile(all)).or(() -> PendingFile.unusable(written));
    }
}
