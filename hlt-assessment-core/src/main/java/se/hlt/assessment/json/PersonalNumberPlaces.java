package se.hlt.assessment.json;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Iterator;
import java.util.Map;
import java.util.Optional;
import se.hlt.assessment.privacy.PersonalIdentityNumbers;

/**
 * Where a JSON document read back (a result, a cohort report) holds something that looks like a personal identity
 * number: the library's records cannot hold one, so such a document was not written by the library, and the place
 * is named, never the value.
 */
final class PersonalNumberPlaces {

    /**
     * A place in a tree.
     *
     * @param path the place as the document writes it, e.g. {@code reports[0].groups[3].values[0]}; for a field's
     *     name, the object holding it (the name itself is never repeated)
     * @param fieldName whether it is a field's name rather than a value
     */
    record Place(String path, boolean fieldName) {
    }

    private PersonalNumberPlaces() {
    }

    /** The first text, whole number or field name in {@code node} (found at {@code path}) that looks like one. */
    static Optional<Place> first(JsonNode node, String path) {
        if (node.isTextual() || node.isIntegralNumber()) {
            return PersonalIdentityNumbers.looksLike(node.asText()) ? Optional.of(new Place(path, false))
                    : Optional.empty();
        }
        if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                Optional<Place> found = first(node.get(i), path + "[" + i + "]");
                if (found.isPresent()) {
                    return found;
                }
            }
        }
        for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> field = it.next();
            if (PersonalIdentityNumbers.looksLike(field.getKey())) {
                return Optional.of(new Place(path, true));
            }
            Optional<Place> found = first(field.getValue(), path.isEmpty() ? field.getKey()
                    : path + "." + field.getKey());
            if (found.isPresent()) {
                return found;
            }
        }
        return Optional.empty();
    }
}
