package se.hlt.assessment.series;

import java.util.List;
import java.util.Objects;
import java.util.OptionalLong;
import java.util.stream.Collectors;
import se.hlt.assessment.scoring.Problem;

/**
 * A row that is not part of its series, and why: reported with its row number, never dropped.
 *
 * @param row the row (see {@link SessionForm#row()})
 * @param session the row's session number
 * @param kind why
 * @param field the field at fault: {@code session}, {@code date}, {@code instrument}, or the form's fields
 * @param relatedRow the other row involved: the kept row of a duplicate, the previous session's row of a date
 * @param formProblems for {@link SeriesProblemKind#FORM_INVALID}, the form's own problems (each naming its field)
 */
public record SeriesProblem(long row, int session, SeriesProblemKind kind, String field, OptionalLong relatedRow,
                            List<Problem> formProblems) {

    /** Checks the required parts and copies the form's problems. */
    public SeriesProblem {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(field, "field");
        relatedRow = relatedRow == null ? OptionalLong.empty() : relatedRow;
        formProblems = List.copyOf(formProblems);
    }

    /** The problem in one English sentence, without its row. */
    public String message() {
        switch (kind) {
            case FORM_INVALID:
                return formProblems.stream().map(Problem::message).collect(Collectors.joining("; "));
            case NOT_A_SESSION_MEASURE:
                return "instrument: not an ORS/SRS-family form, so not part of a series";
            case DUPLICATE_SESSION:
                return "session: session " + session + " already has a form of this kind by this rater (row "
                        + relatedRow.orElse(0) + ")";
            case NO_MATCHING_SESSION:
                return "session: an SRS-family form for session " + session + ", which has no ORS-family form";
            case DATE_BEFORE_PREVIOUS_SESSION:
                return "date: before the date of the previous session (row " + relatedRow.orElse(0)
                        + "): dates go backwards";
            default:
                throw new AssertionError(kind);
        }
    }
}
