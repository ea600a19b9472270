package se.hlt.assessment.scoring;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * Something wrong with an input form, naming the field (item, impact question or descriptive field) and the
 * reason. The form, or CSV row, it belongs to is said by whoever holds the problem.
 *
 * <p>A problem never carries personal data: a value is echoed only when it is short (a mistyped code such as
 * {@code 3} or {@code x}); longer values are described by their length.
 *
 * @param field the field's name, e.g. {@code consid} or, in a CSV, the column {@code pconsid}
 * @param kind why it is wrong
 * @param value the offending value, shown only when short (see {@link #shown(String)})
 * @param allowed what would have been accepted, e.g. {@code 0, 1, 2 or empty}
 */
@JsonInclude(JsonInclude.Include.NON_ABSENT)
public record Problem(String field, ProblemKind kind, Optional<String> value, Optional<String> allowed) {

    private static final int LONGEST_SHOWN = 6;

    /** Checks the required parts and normalises absent optionals. */
    public Problem {
        Objects.requireNonNull(field, "field");
        Objects.requireNonNull(kind, "kind");
        value = value == null ? Optional.empty() : value;
        allowed = allowed == null ? Optional.empty() : allowed;
    }

    /** A problem with a field's value, which is shown only if short, and what is allowed instead. */
    public static Problem of(String field, ProblemKind kind, String rawValue, String allowed) {
        return new Problem(field, kind, Optional.of(shown(rawValue)), Optional.of(allowed));
    }

    /** A problem with a field as a whole (no value to show). */
    public static Problem of(String field, ProblemKind kind) {
        return new Problem(field, kind, Optional.empty(), Optional.empty());
    }

    /**
     * How a raw value may be shown back to a user: quoted when short, otherwise only its length, so that a
     * name or an identity number typed into the wrong cell is never echoed.
     */
    public static String shown(String rawValue) {
        if (rawValue.length() <= LONGEST_SHOWN) {
            return "\"" + rawValue + "\"";
        }
        return "(a value of " + rawValue.length() + " characters)";
    }

    /**
     * The problem as a user interface shows it, in Swedish for a Swedish locale and English otherwise, e.g.
     * {@code consid: "3" är inget tillåtet svar; tillåtet: 0, 1, 2 eller tomt}: the texts {@code hlt} prints, from
     * {@link Texts}.
     */
    @JsonIgnore
    public String message(Locale locale) {
        StringBuilder sb = new StringBuilder(field).append(": ");
        value.ifPresent(v -> sb.append(v).append(' '));
        sb.append(reason(locale));
        allowed.ifPresent(a -> sb.append("; ").append(Texts.format("problem.allowed", locale, Texts.allowed(a, locale))));
        return sb.toString();
    }

    /** The reason alone, without the field, value or what is allowed, e.g. {@code är inget tillåtet svar}. */
    public String reason(Locale locale) {
        return Texts.format("problem." + kind.code(), locale);
    }

    /**
     * The problem as the files of the batch commands write it in {@code locale}: in English the sentence they have
     * always written ({@link #message()}), so that scripts reading them keep working; in Swedish
     * {@link #message(Locale)}. The language-independent code beside it is {@code kind().code()}.
     */
    public String messageInFiles(Locale locale) {
        return "sv".equals(locale.getLanguage()) ? message(locale) : message();
    }

    /**
     * The problem in one English sentence as the files of the batch commands write it, e.g.
     * {@code consid: "3" is not an allowed code; allowed: 0, 1, 2}; for a user interface, see
     * {@link #message(Locale)}.
     */
    @JsonIgnore
    public String message() {
        String what;
        switch (kind) {
            case UNKNOWN_INSTRUMENT: what = "no such instrument"; break;
            case UNKNOWN_QUESTION: what = "this instrument version has no such question"; break;
            case CODE_NOT_ALLOWED: what = "is not an allowed code"; break;
            case NOT_A_WHOLE_NUMBER: what = "is not a whole number"; break;
            case ANSWERED_TWICE: what = "is answered twice"; break;
            case BAD_VALUE: what = "cannot be read"; break;
            case PERSONAL_IDENTITY_NUMBER:
                what = "looks like a personal identity number; use a pseudonymous id"; break;
            case WRONG_CELL_COUNT: what = "the row has a different number of cells from the header"; break;
            case OUT_OF_RANGE: what = "is out of range"; break;
            case TOO_MANY_DECIMALS: what = "has more decimals than the scale is read to"; break;
            case NOT_A_NUMBER: what = "is not a number"; break;
            case RATER_NOT_ACCEPTED: what = "does not fill in this instrument"; break;
            case TOTAL_DOES_NOT_MATCH: what = "is not the sum of the scales"; break;
            case TOTAL_WITH_INCOMPLETE_SCALES:
                what = "is given with some scales missing; give every scale, or the total only"; break;
            default: throw new AssertionError(kind);
        }
        StringBuilder sb = new StringBuilder(field).append(": ");
        value.ifPresent(v -> sb.append(v).append(' '));
        sb.append(what);
        allowed.ifPresent(a -> sb.append("; allowed: ").append(a));
        return sb.toString();
    }
}
