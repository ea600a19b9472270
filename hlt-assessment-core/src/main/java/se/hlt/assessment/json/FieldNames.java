package se.hlt.assessment.json;

import java.util.Locale;
import se.hlt.assessment.privacy.PersonalIdentityNumbers;
import se.hlt.assessment.scoring.Texts;

/**
 * How a document's own field name is named back in a problem: as it is, unless it looks like a personal identity
 * number. A key of a JSON object is the writer's text as much as a value is, and a problem that names a field
 * would otherwise repeat it.
 */
final class FieldNames {

    private FieldNames() {
    }

    /** {@code name}, or in the language of {@code locale} what stands for a name that is not repeated. */
    static String shown(String name, Locale locale) {
        return PersonalIdentityNumbers.looksLike(name) ? Texts.format("json.personal_field", locale) : name;
    }
}
