package se.hlt.assessment.series;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import se.hlt.assessment.scoring.Form;

/**
 * A client's sessions gathered from several sources into one {@link Series} per client and episode, so that every
 * command builds a series from several files the same way: whole series (each form with its own session number, as
 * series files and the one-session files of {@code hlt enter ors} carry them), and single forms with no session
 * number, which join their client's series as the next session of their instrument, in the order given.
 *
 * <p>Mutable, and meant to be used by one thread while files are read; {@link #series()} gives immutable series.
 */
public final class SeriesGathering {

    private final Map<String, Gathered> clients = new LinkedHashMap<>();

    private SeriesGathering() {
    }

    /** A gathering with no forms yet. */
    public static SeriesGathering empty() {
        return new SeriesGathering();
    }

    /** Adds every form of {@code series} to its client's (and episode's) series, each with its own session number. */
    public void add(Series series) {
        Gathered client = client(series.client(), series.episode());
        series.forms().forEach(f -> client.add(f.session(), f.date(), f.form()));
    }

    /**
     * Adds {@code form}, which has no session number, to its client's series (with no episode) as the session after
     * the last one of the same instrument there.
     *
     * @return the session number it was given; empty when the form names no client, and then it is not added
     */
    public OptionalInt addNext(Form form) {
        Optional<String> id = form.context().id();
        if (id.isEmpty()) {
            return OptionalInt.empty();
        }
        Gathered client = client(id.get(), Optional.empty());
        int session = client.nextSession(form.instrument());
        client.add(session, Optional.empty(), form);
        return OptionalInt.of(session);
    }

    /** The series gathered so far, one per client and episode, in the order each was first met. */
    public List<Series> series() {
        return clients.values().stream().map(Gathered::series).toList();
    }

    private Gathered client(String client, Optional<String> episode) {
        // the NUL cannot be part of an id or an episode read from a file, so the key cannot mix two clients up
        return clients.computeIfAbsent(client + "\u0000" + episode.orElse(""),
                k -> new Gathered(client, episode, new ArrayList<>()));
    }

    /** The forms of one client and episode, numbered by the order they were gathered in. */
    private record Gathered(String client, Optional<String> episode, List<SessionForm> forms) {

        void add(int session, Optional<java.time.LocalDate> date, Form form) {
            forms.add(new SessionForm(forms.size() + 1, session, date, form));
        }

        int nextSession(String instrument) {
            return forms.stream().filter(f -> f.form().instrument().equals(instrument))
                    .mapToInt(SessionForm::session).max().orElse(0) + 1;
        }

        Series series() {
            return new Series(client, episode, forms);
        }
    }
}
