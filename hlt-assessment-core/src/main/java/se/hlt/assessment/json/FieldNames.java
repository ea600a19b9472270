package se.hlt.assessment.json;

import se.hlt.assessment.privacy.PersonalIdentityNumbers;

/**
 * How a document's own field name is named back in a problem: as it is, unless it looks like a personal identity
 * number. A key of a JSON object is the writer's text as much as a value is, and a problem that names a field
 * would otherwise repeat it.
 */
final class FieldNames {

    /** What stands for a field whose name is not repeated. */
    static final String PERSONAL = "(a name that looks like a personal identity number)";

    private FieldNames() {
    }

    /** {@code name}, or {@link #PERSONAL} in its place. */
    static String shown(String name) {
        return PersonalIdentityNumbers.looksLike(name) ? PERSONAL : name;
    }
}
