package se.hlt.assessment.csv;

import de.siegmar.fastcsv.reader.CloseableIterator;
import de.siegmar.fastcsv.reader.CsvParseException;
import de.siegmar.fastcsv.reader.CsvReader;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
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

    /** The row number, as a spreadsheet shows it, of the last record read. */
    private long row;
    private long blankLines;

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
        // a strict decoder: a file saved in another encoding is refused rather than silently garbled
        Reader text = new InputStreamReader(in, StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT));
        try (CsvReader<CsvRow> reader = CsvReader.builder()
                .fieldSeparator(start.delimiter())
                .skipEmptyLines(false)
                .allowExtraFields(true)
                .allowMissingFields(true)
                .build(new CsvRow(start.delimiter()), text)) {
            return read(reader.iterator(), sinks);
        } catch (UncheckedIOException e) {
            if (e.getCause() instanceof CharacterCodingException) {
                // the reader decodes ahead, so the bad bytes lie somewhere after the last row it gave
                return Outcome.refused(Refusal.of(RefusalKind.NOT_UTF8, row + 1));
            }
            throw e.getCause();
        } catch (CsvParseException e) {
            return Outcome.refused(Refusal.of(RefusalKind.UNREADABLE_CSV, row + 1));
        }
    }

    private Outcome<BatchSummary> read(CloseableIterator<CsvRow> records, SinkFactory sinks) {
        if (!records.hasNext()) {
            return Outcome.refused(Refusal.of(RefusalKind.EMPTY_FILE));
        }
        CsvRow header = records.next();
        row = 1;
        if (header.isBlankLine()) {
            return Outcome.refused(Refusal.of(RefusalKind.BLANK_HEADER));
        }
        Outcome<SdqLayout> analysed = SdqLayout.analyse(header.texts(), options, scorer, vocabulary, readDates);
        if (analysed.refusal().isPresent()) {
            return Outcome.refused(analysed.refusal().get());
        }
        SdqLayout layout = analysed.summary().orElseThrow();
        Outcome<SdqRowSink> sink = sinks.open(layout);
        if (sink.refusal().isPresent()) {
            return Outcome.refused(sink.refusal().get());
        }
        SdqRowProcessor rows = new SdqRowProcessor(layout, options.coding(), sink.summary().orElseThrow());
        while (records.hasNext()) {
            CsvRow record = records.next();
            row++;
            if (record.isBlankLine()) {
                blankLines++;
                continue;
            }
            Optional<Refusal> refusal = rows.process(record, row);
            if (refusal.isPresent()) {
                return Outcome.refused(refusal.get());
            }
        }
        return Outcome.done(new BatchSummary(rows.scored() + rows.errors(), rows.scored(),
                rows.errors(), blankLines, layout.idsFromRowNumbers(), layout.informant, layout.version));
    }
}
