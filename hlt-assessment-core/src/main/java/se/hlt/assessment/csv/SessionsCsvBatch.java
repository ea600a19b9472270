package se.hlt.assessment.csv;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.Set;
import java.util.Locale;
import java.util.function.Consumer;
import se.hlt.assessment.series.SeriesResult;
import se.hlt.assessment.series.SeriesScorer;

/**
 * Scores a CSV file of ORS/SRS-family forms in the long format, one row per form: the library behind
 * {@code hlt batch ors}.
 *
 * <p>The header names the columns: {@code client}, {@code session} and {@code instrument} (ORS, SRS, CORS, CSRS,
 * YCORS, YCSRS) are needed; {@code episode}, {@code date} (2026-01-12), {@code rater} (self, parent, teacher, other;
 * self when empty) and {@code age} are optional; the answers are in columns named by the scales' short names
 * ({@code individually interpersonally socially overall}, {@code relationship goals approach overall}), or
 * {@code total} for a total-only record, or {@code rating} for the young-child forms. Other columns pass through.
 * Comma or semicolon (the header decides), UTF-8 with or without a byte order mark, quoted fields, CRLF or LF;
 * marks with a decimal point or a decimal comma ({@code 6,5}, quoted in a comma file).
 *
 * <p>The rows of one client must be together (sorted by client, in any order within); a file where a client's
 * rows are split is refused, since its series could not be assessed in one piece. Each row ends up in exactly one
 * of the output and the errors file; with a series file, each client, episode and rater gets one row there. A file
 * that cannot be read as a whole, or holds a personal identity number, is refused and nothing is written.
 *
 * <pre>{@code
 * Outcome<SessionsSummary> outcome = SessionsCsvBatch.of(SeriesScorer.builtIn()).run(Path.of("sessions.csv"),
 *         Path.of("scored.csv"), Path.of("scored.errors.csv"), Optional.of(Path.of("series.csv")));
 * outcome.summary().ifPresent(s -> System.err.println(s.line()));   // rows 1200, scored 1196, errors 4
 * }</pre>
 */
public final class SessionsCsvBatch {

    private final SeriesScorer scorer;
    private final boolean multilineCells;
    private final Set<String> notPersonal;
    private final boolean keepFormulas;
    private final Locale locale;
    private final ExportConventions export;

    private SessionsCsvBatch(SeriesScorer scorer, boolean multilineCells, Set<String> notPersonal,
                             boolean keepFormulas, Locale locale, ExportConventions export) {
        this.scorer = scorer;
        this.locale = Objects.requireNonNull(locale, "locale");
        this.export = Objects.requireNonNull(export, "export");
        this.multilineCells = multilineCells;
        this.keepFormulas = keepFormulas;
        this.notPersonal = notPersonal.stream().map(n -> n.trim().toLowerCase(Locale.ROOT))
                .collect(Collectors.toUnmodifiableSet());
    }

    /**
     * A batch that scores and assesses with {@code scorer} (its instruments, rules and expected-response table); a
     * row that runs over lines goes to the errors file, naming its lines, in English.
     */
    public static SessionsCsvBatch of(SeriesScorer scorer) {
        return new SessionsCsvBatch(Objects.requireNonNull(scorer, "scorer"), false, Set.of(), false, Locale.ENGLISH,
                ExportConventions.defaults());
    }

    /** This batch, reading line breaks in passed-through cells as part of the cell (true) or not. */
    public SessionsCsvBatch withMultilineCells(boolean allowed) {
        return new SessionsCsvBatch(scorer, allowed, notPersonal, keepFormulas, locale, export);
    }

    /**
     * This batch, not screening the columns {@code names} (compared ignoring case), which the user vouches hold no
     * personal identity numbers, e.g. a column of time stamps.
     */
    public SessionsCsvBatch withNotPersonal(Set<String> names) {
        return new SessionsCsvBatch(scorer, multilineCells, names, keepFormulas, locale, export);
    }

    /**
     * This batch, writing text from the input that starts like a spreadsheet formula ({@code = + - @}, tab,
     * carriage return) as it is (true) or with a leading apostrophe (false, the default); counted either way.
     */
    public SessionsCsvBatch withKeepFormulas(boolean keep) {
        return new SessionsCsvBatch(scorer, multilineCells, notPersonal, keep, locale, export);
    }

    /**
     * This batch, writing the reasons of its errors file in {@code language}: Swedish for a Swedish locale,
     * English (the default) otherwise. The {@code reason_code} beside each is the same in every language.
     */
    public SessionsCsvBatch withLocale(Locale language) {
        return new SessionsCsvBatch(scorer, multilineCells, notPersonal, keepFormulas, language, export);
    }

    /** This batch with the export's own column names, and its outputs' encoding, as {@code conventions} says. */
    public SessionsCsvBatch withExport(ExportConventions conventions) {
        return new SessionsCsvBatch(scorer, multilineCells, notPersonal, keepFormulas, locale, conventions);
    }

    /** Scores {@code input}; see {@link #run(Path, Path, Path, Optional, Consumer)}. */
    public Outcome<SessionsSummary> run(Path input, Path output, Path errors, Optional<Path> series)
            throws IOException {
        return run(input, output, errors, series, s -> { });
    }

    /**
     * Scores every row of {@code input}. The files are written under temporary names and moved into place only when
     * the run completes; a refused run leaves existing files of those names as they were.
     *
     * @param output where the scored rows go
     * @param errors where the rows that cannot be scored go (written even when there are none)
     * @param series where one row per client, episode and rater goes, if wanted
     * @param onSeries called with each client's assessed series, in file order (e.g. to print one client's)
     * @return the counts, or why the file was refused
     * @throws IOException if a file cannot be read or written
     */
    public Outcome<SessionsSummary> run(Path input, Path output, Path errors, Optional<Path> series,
                                        Consumer<SeriesResult> onSeries) throws IOException {
        return run(input, output, errors, series, onSeries, ProgressListener.NONE);
    }

    /**
     * Scores every row of {@code input} as {@link #run(Path, Path, Path, Optional, Consumer)} does, telling
     * {@code progress} how many bytes of the input have been read (every {@link ProgressInputStream#DEFAULT_STEP}
     * bytes, and at the end), out of its size; the listener is never called from the row loop.
     */
    public Outcome<SessionsSummary> run(Path input, Path output, Path errors, Optional<Path> series,
                                        Consumer<SeriesResult> onSeries, ProgressListener progress) throws IOException {
        Objects.requireNonNull(progress, "progress");
        List<Path> all = new ArrayList<>(List.of(input, output, errors));
        series.ifPresent(all::add);
        Optional<Refusal> clash = Inputs.folder(input).or(() -> PendingFile.sameFile(all))
                .or(() -> PendingFile.unusable(all.subList(1, all.size())));
        if (clash.isPresent()) {
            return Outcome.refused(clash.get());
        }
        long size = Files.isRegularFile(input) ? Files.size(input) : -1;
        try (InputStream in = ProgressInputStream.of(Inputs.open(input), progress, size);
             PendingFile pendingOut = PendingFile.beside(output);
             PendingFile pendingErrors = PendingFile.beside(errors);
             PendingFile pendingSeries = series.isPresent() ? PendingFile.beside(series.get()) : null) {
            Outcome<SessionsSummary> outcome;
            try (OutputStream out = pendingOut.open(); OutputStream err = pendingErrors.open();
                 OutputStream ser = pendingSeries == null ? null : pendingSeries.open()) {
                outcome = new SessionsRun(scorer, onSeries, multilineCells, notPersonal, keepFormulas, locale, export)
                        .run(in, Optional.of(input), out, err, Optional.ofNullable(ser));
            }
            if (outcome.summary().isPresent()) {
                pendingOut.commit();
                pendingErrors.commit();
                if (pendingSeries != null) {
                    pendingSeries.commit();
                }
            }
            return outcome;
        }
    }
}
