package se.hlt.assessment.csv;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import se.hlt.assessment.series.ScoredForm;
import se.hlt.assessment.series.SeriesProblem;
import se.hlt.assessment.series.SeriesResult;
import se.hlt.assessment.series.SeriesScorer;
import se.hlt.assessment.series.SessionResult;
import se.hlt.assessment.series.Track;

/**
 * The rows of the client being read, held until the client's rows end: then each of the client's episodes is
 * assessed as a series, and every row is written, in input order, to the output (scored, with what the series
 * says about it) or to the errors file (with its reasons). The row objects are reused from client to client.
 */
final class ClientRows {

    private final SeriesScorer scorer;
    private final ScoredRowsOut scored;
    private final ErrorRows errors;
    private final Optional<SeriesRowsOut> seriesOut;
    private final Consumer<SeriesResult> onSeries;

    private final List<SessionRow> pool = new ArrayList<>();
    private int used;
    private String client = "";
    private Optional<String> clientId = Optional.empty();

    long scoredRows;
    long errorRows;
    long seriesRows;
    long clients;

    ClientRows(SeriesScorer scorer, ScoredRowsOut scored, ErrorRows errors, Optional<SeriesRowsOut> seriesOut,
               Consumer<SeriesResult> onSeries) {
        this.scorer = scorer;
        this.scored = scored;
        this.errors = errors;
        this.seriesOut = seriesOut;
        this.onSeries = onSeries;
    }

    /** Whether {@code cell} is the current client's id (compared without creating a string). */
    boolean isCurrent(CharSequence cell) {
        return clientId.isPresent() && client.contentEquals(cell);
    }

    /** The current client's id, shared by its rows' forms; empty before the first client. */
    Optional<String> clientId() {
        return clientId;
    }

    /** Writes out the current client's rows and starts the next client's. */
    void startClient(String id) {
        flush();
        client = id;
        clientId = Optional.of(id);
        clients++;
    }

    /** A row object for the next row of the current client, reset to {@code row}. */
    SessionRow next(long row) {
        if (used == pool.size()) {
            pool.add(new SessionRow());
        }
        SessionRow r = pool.get(used++);
        r.reset(row);
        return r;
    }

    /** Assesses the current client's series and writes every row; then the rows are free for the next client. */
    void flush() {
        if (used == 0) {
            return;
        }
        Map<String, List<SessionRow>> episodes = episodes();
        List<SeriesResult> results = new ArrayList<>(episodes.size());
        for (Map.Entry<String, List<SessionRow>> episode : episodes.entrySet()) {
            List<ScoredForm> forms = new ArrayList<>(episode.getValue().size());
            for (SessionRow r : episode.getValue()) {
                forms.add(new ScoredForm(r.row, r.session, r.dateIfAny(), r.result));
            }
            Optional<String> name = episode.getKey().isEmpty() ? Optional.empty() : Optional.of(episode.getKey());
            SeriesResult result = scorer.assess(client, name, forms);
            results.add(result);
            seriesOut.ifPresent(out -> seriesRows += out.write(result));
            onSeries.accept(result);
        }
        for (int i = 0; i < used; i++) {
            write(pool.get(i), results);
        }
        used = 0;
    }

    /** The client's rows without problems of their own, by episode, in order of appearance. */
    private Map<String, List<SessionRow>> episodes() {
        List<SessionRow> rows = new ArrayList<>(used);
        boolean oneEpisode = true;
        for (int i = 0; i < used; i++) {
            SessionRow r = pool.get(i);
            if (!r.faulty()) {
                oneEpisode &= rows.isEmpty() || rows.get(0).episode.equals(r.episode);
                rows.add(r);
            }
        }
        if (oneEpisode) { // the usual case, without a map per client
            return rows.isEmpty() ? Map.of() : Map.of(rows.get(0).episode, rows);
        }
        Map<String, List<SessionRow>> episodes = new LinkedHashMap<>();
        for (SessionRow r : rows) {
            episodes.computeIfAbsent(r.episode, e -> new ArrayList<>()).add(r);
        }
        return episodes;
    }

    private void write(SessionRow r, List<SeriesResult> results) {
        if (r.faulty()) {
            errors.write(r.row, r.noClient ? "" : client, r.faultColumns(), r.faultCodes(),
                    r.faultReasons(errors.locale()));
            errorRows++;
            return;
        }
        for (SeriesResult result : results) {
            for (Track t : result.tracks()) {
                for (SessionResult s : t.sessions()) {
                    if (s.row() == r.row) {
                        scored.write(r, s);
                        scoredRows++;
                        return;
                    }
                }
            }
            for (SeriesProblem p : result.problems()) {
                if (p.row() == r.row) {
                    errors.write(r.row, client, p.field(), p.codes(), p.message(errors.locale()));
                    errorRows++;
                    return;
                }
            }
        }
        throw new IllegalStateException("row " + r.row + " is in no series and has no problem");
    }
}
