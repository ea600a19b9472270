package se.hlt.assessment.csv;

import de.siegmar.fastcsv.reader.CsvParseException;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Optional;
import se.hlt.assessment.scoring.Scorer;

/**
 * One pass over an SDQ CSV: reads the header, then hands every row, scored or rejected by
 * {@link SdqRowProcessor}, to a {@link SdqRowSink}. Holds one row at a time. Shared by the batch
 * ({@code hlt batch sdq}), which writes each row out, and the pairing of baselines with follow-ups
 * ({@code hlt compare}), which keeps their scores.
 *
 * <p>A refusal can come at the header, from the sink once it has seen the header, or, for a personal identity
 * number, at any row; the caller then discards whatever was written.
 */
final class SdqRowReader {

    /** Opens the sink once the header is understood; it may refuse the file, e.g. for lack of an id column. */
    @FunctionalInterface
    interface SinkFactory {
        /** The sink for the rows of a file with this header, or why such a file cannot be used. */
        Outcome<SdqRowSink> open(SdqLayout layout);
    }

    private static final int INPUT_BUFFER = 1 << 16;

    private final Scorer scorer;
    private final SdqVocabulary vocabulary;
    private final SdqBatchOptions options;
    private final boolean readDates;

    /**
     * A reader of one file.
     *
     * @param readDates whether a {@code date} column is read as the form's date (and a row with an unreadable one
     *     rejected) rather than passed through
     */
    SdqRowReader(Scorer scorer, SdqVocabulary vocabulary, SdqBatchOptions options, boolean readDates) {
        this.scorer = scorer;
        this.vocabulary = vocabulary;
        this.options = options;
        this.readDates = readDates;
    }

    /** {@code input} buffered so that {@link CsvInputStart#peek} can look at its start. */
    static BufferedInputStream buffered(InputStream input) {
        return new BufferedInputStream(input, INPUT_BUFFER);
    }

    /**
     * Reads {@code in} to the end (or to a refusal) and closes it.
     *
     * @param in the file, positioned after its byte order mark by {@link CsvInputStart#peek}
     * @param start what the peek found
     * @param sinks opens the sink for the rows once the header is read
     * @return the counts, or why the file was refused
     * @throws IOException if the file cannot be read
     */
    Outcome<BatchSummary> read(BufferedInputStream in, CsvInputStart start, SinkFactory sinks) throws IOException {
        CsvRows records = new CsvRows(in, start);
        try (records) {
            return read(records, sinks).map(s -> s.withReading(start.encoding(), s.notes()));
        } catch (UncheckedIOException e) {
            return Outcome.refused(records.notUtf8(e));
        } catch (CsvParseException e) {
            return Outcome.refused(records.unreadable());
        }
    }

    private Outcome<BatchSummary> read(CsvRows records, SinkFactory sinks) {
        Outcome<List<String>> header = records.header();
        if (header.refusal().isPresent()) {
            return Outcome.refused(header.refusal().get());
        }
        Outcome<SdqLayout> analysed = SdqLayout.analyse(header.summary().orElseThrow(), options, scorer, vocabulary,
                readDates);
        if (analysed.refusal().isPresent()) {
            return Outcome.refused(analysed.refusal().get());
        }
        SdqLayout layout = analysed.summary().orElseThrow();
        Outcome<SdqRowSink> sink = sinks.open(layout);
        if (sink.refusal().isPresent()) {
            return Outcome.refused(sink.refusal().get());
        }
        SdqRowProcessor rows = new SdqRowProcessor(layout, options, sink.summary().orElseThrow());
        for (CsvRow record = records.next(); record != null; record = records.next()) {
            Optional<Refusal> refusal = rows.process(record, records.row);
            if (refusal.isPresent()) {
                return Outcome.refused(refusal.get());
            }
        }
        Optional<Refusal> personal = rows.finish();
        if (personal.isPresent()) {
            return Outcome.refused(personal.get());
        }
        List<ReadingNote> notes = new java.util.ArrayList<>(layout.notes);
        notes.addAll(rows.notes());
        return Outcome.done(new BatchSummary(rows.scored() + rows.errors(), rows.scored(),
                rows.errors(), records.blankLines, layout.idsFromRowNumbers(), layout.informant, layout.version,
                records.lines, FormulaCount.NONE, TextEncoding.UTF_8, notes));
    }
}
