package se.hlt.assessment.series;

import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.OptionalLong;
import java.util.stream.Collectors;
import se.hlt.assessment.scoring.Problem;
import se.hlt.assessment.scoring.Texts;

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
        return message(Locale.ENGLISH);
    }

    /**
     * The problem in one sentence in {@code locale} (Swedish or English), without its row, as the errors file
     * writes it: a form's own problems through {@link Problem#messageInFiles(Locale)}, joined by {@code "; "}.
     */
    public String message(Locale locale) {
        if (kind == SeriesProblemKind.FORM_INVALID) {
            return formProblems.stream().map(p -> p.messageInFiles(locale)).collect(Collectors.joining("; "));
        }
        return Texts.format("series." + kind.code(), locale, session, relatedRow.orElse(0));
    }

    /**
     * The language-independent code of the problem, as the errors file's {@code reason_code} holds it: the kind's
     * code, or for a form that could not be scored its problems' codes joined by a space, one per sentence of
     * {@link #message(Locale)}, so that a script can tell every reason without reading a language.
     */
    public String codes() {
        if (kind == SeriesProblemKind.FORM_INVALID) {
            return formProblems.stream().map(p -> p.kind().code()).collect(Collectors.joining(" "));
        }
        return kind.code();
    }
}
