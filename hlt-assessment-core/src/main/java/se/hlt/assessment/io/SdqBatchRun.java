package se.hlt.assessment.io;

import de.siegmar.fastcsv.reader.CloseableIterator;
import de.siegmar.fastcsv.reader.CsvParseException;
import de.siegmar.fastcsv.reader.CsvReader;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import se.hlt.assessment.scoring.Scorer;

/**
 * One pass over an SDQ CSV: reads the header, then streams every row to the output or the errors stream. Holds
 * one row at a time, so memory does not grow with the file.
 *
 * <p>A refusal can come at the header or, for a personal identity number, at any row; the caller then discards
 * whatever was written.
 */
final class SdqBatchRun {

    private static final int INPUT_BUFFER = 1 << 16;

    private final Scorer scorer;
    private final SdqVocabulary vocabulary;
    private final SdqBatchOptions options;

    /** The row number, as a spreadsheet shows it, of the last record read. */
    private long row;
    private long blankLines;

    SdqBatchRun(Scorer scorer, SdqVocabulary vocabulary, SdqBatchOptions options) {
        this.scorer = scorer;
        this.vocabulary = vocabulary;
        this.options = options;
    }

    /**
     * Scores {@code input} into {@code output} and {@code errors}, and closes all three.
     *
     * @throws IOException if a stream cannot be read or written
     */
    BatchOutcome run(InputStream input, OutputStream output, OutputStream errors) throws IOException {
        BufferedInputStream in = new BufferedInputStream(input, INPUT_BUFFER);
        CsvInputStart start = CsvInputStart.peek(in);
        // a strict decoder: a file saved in another encoding is refused rather than silently garbled
        Reader text = new LoneCarriageReturnGuard(new InputStreamReader(in, StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT)));
        try (CsvReader<CsvRow> reader = CsvReader.builder()
                .fieldSeparator(start.delimiter())
                .skipEmptyLines(false)
                .allowExtraFields(true)
                .allowMissingFields(true)
                .build(new CsvRow(start.delimiter()), text);
             CsvLineWriter out = CsvLineWriter.of(output, start.delimiter(), start.utf8Bom());
             CsvLineWriter err = CsvLineWriter.of(errors, start.delimiter(), start.utf8Bom())) {
            return read(reader.iterator(), out, err, start.delimiter());
        } catch (UncheckedIOException e) {
            if (e.getCause() instanceof LoneCarriageReturnGuard.LoneCarriageReturn lone) {
                return new BatchOutcome.Refused(Refusal.of(RefusalKind.LONE_CARRIAGE_RETURN, lone.row()));
            }
            if (e.getCause() instanceof CharacterCodingException) {
                // the reader decodes ahead, so the bad bytes lie somewhere after the last row it gave
                return new BatchOutcome.Refused(Refusal.of(RefusalKind.NOT_UTF8, row + 1));
            }
            throw e.getCause();
        } catch (CsvParseException e) {
            return new BatchOutcome.Refused(Refusal.of(RefusalKind.UNREADABLE_CSV, row + 1));
        }
    }

    private BatchOutcome read(CloseableIterator<CsvRow> records, CsvLineWriter out, CsvLineWriter err,
                              char delimiter) {
        if (!records.hasNext()) {
            return new BatchOutcome.Refused(Refusal.of(RefusalKind.EMPTY_FILE));
        }
        CsvRow header = records.next();
        row = 1;
        if (header.isBlankLine()) {
            return new BatchOutcome.Refused(Refusal.of(RefusalKind.BLANK_HEADER));
        }
        Refusable<SdqLayout> analysed = SdqLayout.analyse(header.texts(), options, scorer, vocabulary);
        if (analysed.refusal().isPresent()) {
            return new BatchOutcome.Refused(analysed.refusal().get());
        }
        SdqLayout layout = analysed.value().orElseThrow();
        ScoredRows scoredRows = new ScoredRows(out, layout, delimiter);
        ErrorRows errorRows = new ErrorRows(err);
        scoredRows.writeHeader();
        errorRows.writeHeader(layout.idHeader);
        SdqRowProcessor rows = new SdqRowProcessor(layout, options.coding(), scoredRows, errorRows);
        while (records.hasNext()) {
            CsvRow record = records.next();
            row++;
            if (record.isBlankLine()) {
                blankLines++;
                continue;
            }
            Optional<Refusal> refusal = rows.process(record, row);
            if (refusal.isPresent()) {
                return new BatchOutcome.Refused(refusal.get());
            }
        }
        return new BatchOutcome.Completed(new BatchSummary(rows.scored() + rows.errors(), rows.scored(),
                rows.errors(), blankLines, layout.idsFromRowNumbers(), layout.informant, layout.version));
    }
}
