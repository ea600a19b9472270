package se.hlt.assessment.csv;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import se.hlt.assessment.scoring.Scorer;

/**
 * Scores a CSV file of SDQ forms, one form per row, as researchers export them: the library behind
 * {@code hlt batch sdq}.
 *
 * <p>The input has a header row naming the columns as the official SDQ syntax does, with one informant prefix
 * ({@code pconsid ... pattends}, {@code pebddiff}, {@code pdistres}, {@code pimphome} ...; or {@code t...},
 * {@code s...}); optionally an id column, {@code timepoint}, {@code age}, {@code sex}, {@code chronic},
 * {@code burden}, {@code fureduc}, {@code fuhelp}; and any other columns, which pass through. It may be
 * comma- or semicolon-separated (the header decides), UTF-8 with or without a byte order mark or Windows-1252
 * (as Swedish spreadsheets save it), with quoted fields and CRLF or LF line ends, which the outputs keep; Swedish
 * column names ({@code ålder}, {@code kön}, ...) and the export's own ({@link ExportConventions}) are read too.
 *
 * <p>Each row ends up in exactly one of two files. The output gets every input column unchanged, then the
 * scores ({@code pemotion ... pimpact}), their bands ({@code pemotion_band3 ... pimpact_band4}), {@code status}
 * and {@code flags}. The errors file gets, one line per bad row, {@code row,<id column>,column,reason}. Both
 * use the input's delimiter.
 *
 * <p>A file that cannot be scored as a whole (mixed informants, no item column, a personal identity number in
 * the id or a pass-through column, ...) is {@linkplain Outcome.Refused refused}, and no file is written.
 * The run streams: memory does not grow with the file. Immutable and thread-safe.
 *
 * <pre>{@code
 * Outcome<BatchSummary> outcome = SdqCsvBatch.builtIn().run(Path.of("in.csv"), Path.of("out.csv"),
 *         Path.of("out.errors.csv"), SdqBatchOptions.defaults());
 * outcome.summary().ifPresent(s -> System.err.println(s.line()));   // rows 120, scored 118, errors 2
 * }</pre>
 */
public final class SdqCsvBatch {

    private final Scorer scorer;
    private final SdqVocabulary vocabulary;

    private SdqCsvBatch(Scorer scorer) {
        this.scorer = scorer;
        this.vocabulary = new SdqVocabulary(scorer);
    }

    /**
     * A batch that scores with the built-in instrument definitions and norms tables, comparing each row with
     * every table that fits its child (z-scores and national cut-offs, one output column per table and score).
     */
    public static SdqCsvBatch builtIn() {
        return new SdqCsvBatch(Scorer.builtIn());
    }

    /**
     * A batch that scores with {@code scorer}'s definitions, band tables and norms comparisons (those of the
     * user's {@code --norms} choice, for example).
     */
    public static SdqCsvBatch of(Scorer scorer) {
        return new SdqCsvBatch(Objects.requireNonNull(scorer, "scorer"));
    }

    /**
     * Scores every row of {@code input}.
     *
     * <p>Both files are written under temporary names and moved into place only when the run completes; a
     * refused run leaves existing files of those names as they were.
     *
     * @param input the CSV to score
     * @param output where the scored rows go
     * @param errors where the rows that cannot be scored go (the file is written even when there are none)
     * @param options the id column, version, default timepoint and coding
     * @return the summary, or why the file was refused
     * @throws IOException if a file cannot be read or written
     */
    public Outcome<BatchSummary> run(Path input, Path output, Path errors, SdqBatchOptions options)
            throws IOException {
        return run(input, output, errors, options, ProgressListener.NONE);
    }

    /**
     * Scores every row of {@code input} as {@link #run(Path, Path, Path, SdqBatchOptions)} does, telling
     * {@code progress} how many bytes of the input have been read (every {@link ProgressInputStream#DEFAULT_STEP}
     * bytes, and at the end), out of its size; the listener is never called from the row loop.
     */
    public Outcome<BatchSummary> run(Path input, Path output, Path errors, SdqBatchOptions options,
                                     ProgressListener progress) throws IOException {
        Objects.requireNonNull(progress, "progress");
        Optional<Refusal> clash = Inputs.folder(input)
                .or(() -> PendingFile.sameFile(List.of(input, output, errors)))
                .or(() -> PendingFile.unusable(List.of(output, errors)));
        if (clash.isPresent()) {
            return Outcome.refused(clash.get());
        }
        try (InputStream in = ProgressInputStream.of(Inputs.open(input), progress, size(input));
             PendingFile pendingOutput = PendingFile.beside(output);
             PendingFile pendingErrors = PendingFile.beside(errors)) {
            Outcome<BatchSummary> outcome;
            try (OutputStream out = pendingOutput.open(); OutputStream err = pendingErrors.open()) {
                outcome = new SdqBatchRun(scorer, vocabulary, options).run(in, Optional.of(input), out, err);
            }
            if (outcome instanceof Outcome.Done) {
                pendingOutput.commit();
                pendingErrors.commit();
            }
            return outcome;
        }
    }

    /** The size of {@code file} in bytes, or -1 when it cannot be told (a pipe). */
    static long size(Path file) {
        try {
            return Files.isRegularFile(file) ? Files.size(file) : -1;
        } catch (IOException e) {
            return -1;
        }
    }

}
