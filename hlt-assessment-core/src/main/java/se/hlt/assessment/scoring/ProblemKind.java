package se.hlt.assessment.scoring;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/** Why a form, or a part of it, cannot be scored. A user interface can choose its own wording by kind. */
public enum ProblemKind {
    /** The form names no instrument this program knows. */
    UNKNOWN_INSTRUMENT,
    /** An answer is given for a question the instrument version does not have. */
    UNKNOWN_QUESTION,
    /** An answer is a whole number but not one of the question's codes (e.g. 3 for an SDQ item). */
    CODE_NOT_ALLOWED,
    /** An answer is not a whole number (e.g. {@code x}, {@code 1.5}). */
    NOT_A_WHOLE_NUMBER,
    /** The same question is answered twice (e.g. under its own name and the name it replaces). */
    ANSWERED_TWICE,
    /** A descriptive field (age, sex, timepoint, id) has a value that cannot be read. */
    BAD_VALUE,
    /** A field looks like a Swedish personal identity number; such data must not be given to this program. */
    PERSONAL_IDENTITY_NUMBER,
    /** A CSV row has more or fewer cells than the header. */
    WRONG_CELL_COUNT,
    /** A numeric answer lies outside its range (e.g. an ORS mark of 10.1, or below 0.0). */
    OUT_OF_RANGE,
    /** A numeric answer has more decimals than its scale is read to (e.g. 6.25 for an ORS mark, read to 0.1). */
    TOO_MANY_DECIMALS,
    /** An answer on a numeric range is not a number (e.g. {@code x}). */
    NOT_A_NUMBER,
    /** The form names a rater who does not fill in this instrument (e.g. a teacher rating on a self-report). */
    RATER_NOT_ACCEPTED,
    /** A form gives a total and every part of it, and the total is not the sum of the parts. */
    TOTAL_DOES_NOT_MATCH,
    /** A form gives a total and some, but not all, of its parts: give every part, or the total only. */
    TOTAL_WITH_INCOMPLETE_SCALES;

    /** The lower-case name used in JSON and CSV, e.g. {@code code_not_allowed}. */
    @JsonValue
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    /**
     * Parses a kind name.
     *
     * @throws IllegalArgumentException if the text names no kind
     */
    @JsonCreator
    public static ProblemKind parse(String text) {
        return valueOf(text.trim().toUpperCase(Locale.ROOT));
    }
}
