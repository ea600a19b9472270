package se.hlt.assessment.json;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import se.hlt.assessment.instrument.Informant;
import se.hlt.assessment.instrument.Sex;
import se.hlt.assessment.privacy.PersonalIdentityNumbers;
import se.hlt.assessment.scoring.FormDates;
import se.hlt.assessment.scoring.FormContext;
import se.hlt.assessment.scoring.Texts;

/**
 * Reads what a form's JSON says about its child ({@code id}, {@code age}, {@code sex}, {@code rater}, {@code date}) into a
 * {@link FormContext}, each wrong field a problem naming it. An id that looks like a personal identity number is a
 * problem here, before {@link FormContext} would refuse it with an exception, so that a file gets a sentence.
 */
final class FormContextJson {

    private FormContextJson() {
    }

    /**
     * The context of the form {@code root}; every field that cannot be read adds a problem to {@code problems}, in the
     * language of {@code locale}.
     */
    static FormContext read(JsonNode root, List<String> problems, Locale locale) {
        FormContext context = FormContext.none();
        JsonNode id = root.get("id");
        if (id != null && !id.isNull()) {
            if (!id.isTextual() && !id.isIntegralNumber()) {
                problems.add(Texts.format("json.form.id", locale));
            } else if (PersonalIdentityNumbers.looksLike(id.asText())) {
                problems.add(Texts.format("json.form.id_personal", locale));
            } else {
                context = context.withId(id.asText());
            }
        }
        JsonNode age = root.get("age");
        if (age != null && !age.isNull()) {
            if (!age.isIntegralNumber() || !age.canConvertToInt() || age.asInt() < 0 || age.asInt() > 120) {
                problems.add(Texts.format("json.form.age", locale));
            } else {
                context = context.withAge(age.asInt());
            }
        }
        Optional<String> sex = text(root, "sex");
        if (sex.isPresent()) {
            Optional<Sex> parsed = Sex.fromText(sex.get());
            if (parsed.isEmpty()) {
                problems.add(Texts.format("json.form.sex", locale));
            } else {
                context = context.withSex(parsed.get());
            }
        }
        JsonNode date = root.get("date");
        if (date != null && !date.isNull()) {
            Optional<LocalDate> day = date.isTextual() ? FormDates.parse(date.asText()) : Optional.empty();
            if (day.isEmpty()) {
                problems.add(Texts.format("json.form.date", locale));
            } else {
                context = context.withDate(day.get());
            }
        }
        Optional<String> rater = text(root, "rater");
        if (rater.isPresent()) {
            try {
                context = context.withRater(Informant.parse(rater.get()));
            } catch (IllegalArgumentException e) {
                problems.add(Texts.format("json.form.rater", locale));
            }
        }
        return context;
    }

    private static Optional<String> text(JsonNode root, String field) {
        JsonNode n = root.get(field);
        return n == null || n.isNull() ? Optional.empty() : Optional.of(n.asText());
    }
}
