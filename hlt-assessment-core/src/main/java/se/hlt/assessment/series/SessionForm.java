package se.hlt.assessment.series;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import se.hlt.assessment.scoring.Form;

/**
 * One form of a series, as filled in at a session: the form itself (its instrument, marks, the child's age and the
 * rater in its context), the session number and date, and where it came from.
 *
 * @param row where the form came from, to report it by: its row in a CSV file (the header is row 1) or its place in
 *     a JSON list (the first is 1)
 * @param session the session number, from 1
 * @param date the session's date, if known
 * @param form the filled-in form
 */
public record SessionForm(long row, int session, Optional<LocalDate> date, Form form) {

    /** Checks the session number and the required parts. */
    public SessionForm {
        Objects.requireNonNull(form, "form");
        date = date == null ? Optional.empty() : date;
        if (session < 1) {
            throw new IllegalArgumentException("a session number is 1 or more: " + session);
        }
    }

    /** A form of session {@code session} on {@code date}, from row {@code row}. */
    public static SessionForm of(long row, int session, LocalDate date, Form form) {
        return new SessionForm(row, session, Optional.of(date), form);
    }
}
