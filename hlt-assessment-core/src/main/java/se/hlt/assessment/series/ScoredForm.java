package se.hlt.assessment.series;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import se.hlt.assessment.scoring.FormResult;

/**
 * A form of a series already scored by the engine, with its session: what {@link SeriesScorer#assess} works on. The
 * CSV batch scores its rows straight from answer arrays and hands them over in this shape.
 *
 * @param row where the form came from (see {@link SessionForm#row()})
 * @param session the session number, from 1
 * @param date the session's date, if known
 * @param result the scored form
 */
public record ScoredForm(long row, int session, Optional<LocalDate> date, FormResult result) {

    /** Checks the session number and the required parts. */
    public ScoredForm {
        Objects.requireNonNull(result, "result");
        date = date == null ? Optional.empty() : date;
        if (session < 1) {
            throw new IllegalArgumentException("a session number is 1 or more: " + session);
        }
    }
}
