package se.hlt.assessment.cli;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import se.hlt.assessment.data.Checked;
import se.hlt.assessment.instrument.InstrumentCatalog;
import se.hlt.assessment.json.FormJson;
import se.hlt.assessment.json.SeriesJson;
import se.hlt.assessment.norms.MeasureRole;
import se.hlt.assessment.scoring.Form;
import se.hlt.assessment.series.OutcomeSummary;
import se.hlt.assessment.series.Series;
import se.hlt.assessment.series.SeriesGathering;
import se.hlt.assessment.series.SeriesResult;
import se.hlt.assessment.series.SeriesScorer;
import se.hlt.assessment.series.SessionForm;
import se.hlt.assessment.series.SessionResult;
import se.hlt.assessment.series.Track;

/**
 * The earlier sessions' files given to {@code hlt enter ors --earlier}, read once: the form being typed in joins
 * them in a series as {@code hlt score} and {@code hlt report} would gather it (the library's {@link
 * SeriesGathering}), so that its change since intake and the series' alerts can be shown before it is saved.
 */
final class EarlierSessions {

    /** How each file joins a gathering, replayed for every look at the form (a correction scores it again). */
    private final List<Consumer<SeriesGathering>> files;

    private EarlierSessions(List<Consumer<SeriesGathering>> files) {
        this.files = List.copyOf(files);
    }

    /**
     * The forms of {@code paths}: series files (as {@code hlt enter ors} saves them) or single forms; empty, after
     * naming every file that could not be read and why, when one could not.
     */
    static Optional<EarlierSessions> read(List<Path> paths, InstrumentCatalog instruments, Messages m,
                                          PrintWriter err) {
        List<Consumer<SeriesGathering>> files = new ArrayList<>();
        boolean ok = true;
        for (Path file : paths) {
            Optional<String> text = JsonFiles.text(file, () -> Files.readString(file, StandardCharsets.UTF_8), m,
                    err);
            if (text.isEmpty()) {
                ok = false;
                continue;
            }
            Checked<?> read = SeriesJson.isSeries(text.get()) ? SeriesJson.read(text.get(), instruments, m.locale())
                    : FormJson.read(text.get(), instruments, m.locale());
            if (!read.isOk()) {
                err.println(m.get("score.form.problems", file));
                read.problems().forEach(p -> err.println("  - " + p));
                ok = false;
                continue;
            }
            Object value = read.orElseThrow();
            files.add(value instanceof Series s ? g -> g.add(s) : g -> g.addNext((Form) value));
        }
        return ok ? Optional.of(new EarlierSessions(files)) : Optional.empty();
    }

    /**
     * Form {@code form} of session {@code session} as its client's series, with the earlier sessions, assesses it:
     * the session's result and, for an outcome form, what its rater's outcome forms amount to since intake.
     */
    Optional<InSeries> place(Form form, int session, LocalDate date, SeriesScorer scorer) {
        String client = form.context().id().orElseThrow();
        SeriesGathering gathering = SeriesGathering.empty();
        files.forEach(f -> f.accept(gathering));
        gathering.add(Series.of(client, List.of(new SessionForm(1, session, Optional.of(date), form))));
        Series series = gathering.series().stream()
                .filter(s -> s.client().equals(client) && s.episode().isEmpty()).findFirst().orElseThrow();
        long row = series.forms().size(); // the form typed in was gathered last
        SeriesResult result = scorer.score(series);
        for (Track t : result.tracks()) {
            for (SessionResult s : t.sessions()) {
                if (s.row() == row) {
                    return Optional.of(new InSeries(s, s.role() == MeasureRole.OUTCOME ? t.outcome() : Optional.empty()));
                }
            }
        }
        return Optional.empty();
    }

    /**
     * The form typed in, assessed in its series.
     *
     * @param session its result, with its change since intake and alerts
     * @param outcome what its rater's outcome forms amount to, for an outcome form
     */
    record InSeries(SessionResult session, Optional<OutcomeSummary> outcome) {
    }
}
