package se.hlt.assessment.csv;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import se.hlt.assessment.scoring.FormResult;
import se.hlt.assessment.scoring.Scorer;

/**
 * One pass of the batch over an SDQ CSV: every row goes, scored, to the output or, rejected, to the errors
 * stream, as {@link SdqRowReader} reads it. Holds one row at a time, so memory does not grow with the file.
 *
 * <p>A refusal can come at the header or, for a personal identity number, at any row; the caller then discards
 * whatever was written.
 */
final class SdqBatchRun {

    private final Scorer scorer;
    private final SdqVocabulary vocabulary;
    private final SdqBatchOptions options;

    SdqBatchRun(Scorer scorer, SdqVocabulary vocabulary, SdqBatchOptions options) {
        this.scorer = scorer;
        this.vocabulary = vocabulary;
        this.options = options;
    }

    /**
     * Scores {@code input} ({@code file}'s bytes, when it is a file) into {@code output} and {@code errors}, and
     * closes all three.
     *
     * @throws IOException if a stream cannot be read or written
     */
    Outcome<BatchSummary> run(InputStream input, Optional<Path> file, OutputStream output, OutputStream errors)
            throws IOException {
        BufferedInputStream in = SdqRowReader.buffered(input);
        CsvInputStart start = CsvInputStart.peek(in, file);
        if (start.refusal().isPresent()) {
            return Outcome.refused(start.refusal().get());
        }
        CsvInputStart written = start.forOutput(options.export().outputEncoding());
        FormulaCells formulas = FormulaCells.of(options.keepFormulas());
        Outcome<BatchSummary> outcome;
        try (CsvLineWriter out = CsvLineWriter.of(output, written).countingIn(formulas);
             CsvLineWriter err = CsvLineWriter.of(errors, written).countingIn(formulas)) {
            outcome = new SdqRowReader(scorer, vocabulary, options, false).read(in, start, layout -> {
                ScoredRows scoredRows = new ScoredRows(out, layout, start.delimiter());
                ErrorRows errorRows = new ErrorRows(err, options.locale());
                scoredRows.writeHeader();
                errorRows.writeHeader(layout.idHeader);
                return Outcome.done(new Files(scoredRows, errorRows));
            });
        }
        return outcome.map(s -> s.withFormulas(formulas.count())); // counted as the writers closed
    }

    /** The batch's sink: the output file for scored rows, the errors file for the rest. */
    private record Files(ScoredRows scoredRows, ErrorRows errorRows) implements SdqRowSink {

        @Override
        public void scored(CsvRow record, long row, FormResult result, List<String> notOnForm, int date) {
            scoredRows.write(record, result, notOnForm);
        }

        @Override
        public void rejected(long row, String id, RowProblems problems) {
            errorRows.write(row, id, problems);
        }
    }
}
