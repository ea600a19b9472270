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
    WRONG_CELL_COUNT;

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
