package se.hlt.assessment.csv;

import de.siegmar.fastcsv.reader.CsvParseException;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.charset.CharacterCodingException;
import java.nio.file.Path;
import java.util.Optional;

/**
 * {@code hlt batch sdq} on a large file by two threads, each from its half, writing what one thread writes, byte
 * for byte.
 *
 * <p>The file is cut after the first line end past its middle ({@link SplitPoint}). This thread reads the header
 * and the first half into the output files. A second thread counts what lies before the cut, then reads the
 * second half into part files, appended to the outputs at the end; its rows are numbered as in the whole file.
 * The two processors' tallies are then added, so that the counts, the notes and the judgement of whole columns
 * (personal identity numbers) are those of one reading.
 *
 * <p>Before anything is kept, this thread checks that its reading ended at the cut, not inside a quoted cell
 * that runs over it, and that its rows and lines are those counted. When a check fails, or either half is
 * refused or cannot be read, nothing of this reading is kept: the caller reads the file again with one thread,
 * whose answer stands. That costs a second reading, in files that are refused or have a quoted line break across
 * the middle; it keeps every refusal, row number and message exactly as one thread gives them.
 */
final class SdqBatchHalves {

    /** What a half read to its end gave: its processor's tallies and its reading's counts. */
    private record Half(SdqRowProcessor rows, CsvRows records) {
    }

    /** The second half, if it was read to its end, and what was counted before it. */
    private record SecondHalf(Optional<Half> half, SplitPoint before) {
    }

    private final SdqBatchRun batch;
    private final SdqRowReader reader;
    private final SdqBatchOptions options;

    SdqBatchHalves(SdqBatchRun batch, SdqRowReader reader, SdqBatchOptions options) {
        this.batch = batch;
        this.reader = reader;
        this.options = options;
    }

    /**
     * Scores {@code input} into {@code output} and {@code errors} (which must be files that can be written again
     * from their start, not pipes) by halves.
     *
     * @return the outcome, or empty when the file must be read by one thread (see above); the outputs are then
     *     to be written again
     * @throws IOException if a file cannot be read or written
     */
    Optional<Outcome<BatchSummary>> run(Path input, PendingFile output, PendingFile errors, ProgressListener progress)
            throws IOException {
        try (FileChannel channel = FileChannel.open(input);
             PendingFile outputPart = PendingFile.partOf(output);
             PendingFile errorsPart = PendingFile.partOf(errors)) {
            long size = channel.size();
            long cut = SplitPoint.lineAfter(channel, size / 2, size);
            if (cut >= size) {
                return Optional.empty();
            }
            TwoPartProgress parts = new TwoPartProgress(progress);
            BufferedInputStream in = SdqRowReader.buffered(
                    ProgressInputStream.of(new ChannelRange(channel, 0, cut), parts.first(), size));
            CsvInputStart start = CsvInputStart.peek(in, Optional.of(input));
            if (start.refusal().isPresent()) {
                return Optional.empty();
            }
            CsvInputStart written = start.forOutput(options.export().outputEncoding());
            FormulaCells formulas = FormulaCells.of(options.keepFormulas());
            Optional<Outcome<BatchSummary>> outcome;
            try (CsvRows records = new CsvRows(in, start);
                 CsvLineWriter out = CsvLineWriter.of(output.open(), written).countingIn(formulas);
                 CsvLineWriter err = CsvLineWriter.of(errors.open(), written).countingIn(formulas)) {
                Outcome<SdqLayout> layout = reader.layout(records);
                if (layout.refusal().isPresent()) {
                    return Optional.empty();
                }
                SdqLayout columns = layout.summary().orElseThrow();
                SdqRowProcessor rows = reader.processor(columns, batch.sink(out, err, columns, start.delimiter(),
                        true));
                SecondThread<SecondHalf> second = SecondThread.start("hlt-batch-second-half", () ->
                        secondHalf(channel, start, cut, columns, formulas, outputPart, errorsPart, parts));
                Optional<Half> first = readable(() -> new Half(rows, records),
                        () -> SdqRowReader.rows(records, rows).isEmpty());
                outcome = joined(first, second.join(), columns);
            }
            if (outcome.isPresent() && outcome.get() instanceof Outcome.Done) {
                output.append(outputPart);
                errors.append(errorsPart);
                return Optional.of(outcome.get().map(s -> s.withFormulas(formulas.count())
                        .withReading(start.encoding(), s.notes())));
            }
            return outcome;
        }
    }

    /** The second half read into the part files, or empty when it must be read again (see the class). */
    private SecondHalf secondHalf(FileChannel channel, CsvInputStart start, long cut, SdqLayout layout,
                                      FormulaCells formulas, PendingFile outputPart, PendingFile errorsPart,
                                      TwoPartProgress parts) throws IOException {
        SplitPoint before = SplitPoint.count(channel, start.utf8Bom() ? 3 : 0, cut);
        BufferedInputStream in = SdqRowReader.buffered(
                ProgressInputStream.of(new ChannelRange(channel, cut, channel.size()), parts.second(),
                        channel.size()));
        CsvInputStart continued = start.forOutput(options.export().outputEncoding()).withoutBom();
        try (CsvRows records = new CsvRows(in, start, before.records(), before.lines());
             CsvLineWriter out = CsvLineWriter.of(outputPart.open(), continued).countingIn(formulas);
             CsvLineWriter err = CsvLineWriter.of(errorsPart.open(), continued).countingIn(formulas)) {
            SdqRowProcessor rows = reader.processor(layout, batch.sink(out, err, layout, start.delimiter(), false));
            return new SecondHalf(readable(() -> new Half(rows, records),
                    () -> SdqRowReader.rows(records, rows).isEmpty()), before);
        }
    }

    /**
     * The outcome of both halves: empty when the file must be read again; else the judgement of its whole
     * columns, or its summary.
     */
    private static Optional<Outcome<BatchSummary>> joined(Optional<Half> first, SecondHalf counted,
                                                          SdqLayout layout) {
        Optional<Half> second = counted.half();
        if (first.isEmpty() || second.isEmpty()) {
            return Optional.empty();
        }
        CsvRows read = first.get().records();
        SplitPoint before = counted.before();
        if (read.endsOpen || read.row != before.records() || read.lines != before.lines()) {
            return Optional.empty(); // the first reading did not end where the second began
        }
        SdqRowProcessor rows = first.get().rows();
        rows.addAll(second.get().rows());
        Optional<Refusal> personal = rows.finish();
        if (personal.isPresent()) {
            return Optional.of(Outcome.refused(personal.get()));
        }
        CsvRows rest = second.get().records();
        return Optional.of(Outcome.done(SdqRowReader.summary(layout, rows, read.blankLines + rest.blankLines,
                rest.lines)));
    }

    /** What reading a half until it is refused or ends gives. */
    @FunctionalInterface
    private interface Reading {
        /** Whether the half was read to its end without a refusal. */
        boolean toTheEnd() throws IOException;
    }

    /**
     * The half {@code read} reads, made by {@code half} when it was read to its end; empty when it was refused or
     * cannot be read as CSV or in its encoding (which, in a half, may be the cut's doing).
     */
    private static Optional<Half> readable(java.util.function.Supplier<Half> half, Reading read)
            throws IOException {
        try {
            return read.toTheEnd() ? Optional.of(half.get()) : Optional.empty();
        } catch (CsvParseException e) {
            return Optional.empty();
        } catch (UncheckedIOException e) {
            if (e.getCause() instanceof CharacterCodingException) {
                return Optional.empty();
            }
            throw e;
        }
    }
}
