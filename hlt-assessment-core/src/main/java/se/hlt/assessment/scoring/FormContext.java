package se.hlt.assessment.scoring;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.time.LocalDate;
import java.util.Optional;
import java.util.OptionalInt;
import se.hlt.assessment.instrument.Informant;
import se.hlt.assessment.instrument.Sex;
import se.hlt.assessment.privacy.PersonalIdentityNumbers;

/**
 * What a form says about its child besides the answers: a pseudonymous id, the age, the sex, and who rated it,
 * each optional.
 *
 * <p>HLT teams document no personal identifiers, so an id that looks like a Swedish personal identity or
 * co-ordination number ({@link PersonalIdentityNumbers}) is refused here, whoever builds the context: a case
 * system calling the library gets an {@link IllegalArgumentException} that names the field {@code id} and never
 * repeats the value. The adapters screen what they read before it gets this far and report a problem instead.
 *
 * @param id a pseudonymous id (never a name or a personal identity number)
 * @param age the child's age in whole years
 * @param sex the child's sex
 * @param rater who filled in the form, for the instruments that accept more than one rater (the ORS/SRS family:
 *     the child, a parent, a teacher or another adult); when empty, the form is its version's informant's
 * @param date the day the form was filled in, written {@code yyyy-MM-dd} in JSON: it gives a pair its interval and
 *     tells a follow-up dated before its baseline (an SDQ form has no date field of its own, so this is the one)
 */
@JsonInclude(JsonInclude.Include.NON_ABSENT)
public record FormContext(Optional<String> id, OptionalInt age, Optional<Sex> sex, Optional<Informant> rater,
                          @JsonSerialize(contentUsing = FormDateJson.Writer.class)
                          @JsonDeserialize(contentUsing = FormDateJson.Reader.class)
                          Optional<LocalDate> date) {

    /** The oldest age taken as possible; an age above it, or below 0, is a typing mistake and makes a problem. */
    public static final int MAX_AGE = 120;

    private static final FormContext NONE = new FormContext(Optional.empty(), OptionalInt.empty(), Optional.empty(),
            Optional.empty(), Optional.empty());

    /**
     * Normalises absent optionals and screens the id.
     *
     * @throws IllegalArgumentException if the id looks like a personal identity number
     */
    public FormContext {
        id = id == null ? Optional.empty() : id;
        id.ifPresent(value -> PersonalIdentityNumbers.requireNone(value, "id"));
        age = age == null ? OptionalInt.empty() : age;
        sex = sex == null ? Optional.empty() : sex;
        rater = rater == null ? Optional.empty() : rater;
        date = date == null ? Optional.empty() : date;
    }

    /** A context without a date: what every form had before forms carried one. */
    public FormContext(Optional<String> id, OptionalInt age, Optional<Sex> sex, Optional<Informant> rater) {
        this(id, age, sex, rater, Optional.empty());
    }

    /** A context that names no rater, as for the SDQ, whose versions each have one informant. */
    public FormContext(Optional<String> id, OptionalInt age, Optional<Sex> sex) {
        this(id, age, sex, Optional.empty());
    }

    /** Whether the age, if given, is one a child (or an adult ORS client) can have. */
    public boolean agePossible() {
        return age.isEmpty() || age.getAsInt() >= 0 && age.getAsInt() <= MAX_AGE;
    }

    /** A context that says nothing about the child. */
    public static FormContext none() {
        return NONE;
    }

    /**
     * This context with the pseudonymous {@code id}.
     *
     * @throws IllegalArgumentException if it looks like a personal identity number
     */
    public FormContext withId(String newId) {
        return new FormContext(Optional.of(newId), age, sex, rater, date);
    }

    /**
     * This context with the child's age in whole years. An impossible age (below 0 or above {@link #MAX_AGE}) is
     * kept, and the scorer reports it as a problem of the form ({@link ProblemKind#OUT_OF_RANGE} on {@code age}),
     * so a case system learns of it as of any other wrong field, not by an exception.
     */
    public FormContext withAge(int years) {
        return new FormContext(id, OptionalInt.of(years), sex, rater, date);
    }

    /** This context with the child's sex. */
    public FormContext withSex(Sex newSex) {
        return new FormContext(id, age, Optional.of(newSex), rater, date);
    }

    /** This context with the form's rater. */
    public FormContext withRater(Informant newRater) {
        return new FormContext(id, age, sex, Optional.of(newRater), date);
    }

    /** This context with the day the form was filled in. */
    public FormContext withDate(LocalDate newDate) {
        return new FormContext(id, age, sex, rater, Optional.of(newDate));
    }
}
