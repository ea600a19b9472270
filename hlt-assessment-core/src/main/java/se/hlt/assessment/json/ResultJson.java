package se.hlt.assessment.json;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jdk8.Jdk8Module;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import se.hlt.assessment.data.Checked;
import se.hlt.assessment.data.DataFiles;
import se.hlt.assessment.privacy.PersonalIdentityNumbers;
import se.hlt.assessment.scoring.FormResult;

/**
 * Writes and reads scored forms as JSON ({@code result.schema.json}). What is written reads back equal.
 */
public final class ResultJson {

    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .addModule(new Jdk8Module())
            .serializationInclusion(JsonInclude.Include.NON_ABSENT)
            .enable(SerializationFeature.INDENT_OUTPUT)
            // band maps are unordered inside the engine; sort them so that output is stable
            .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build();

    private ResultJson() {
    }

    /** One result as pretty-printed JSON. */
    public static String write(FormResult result) {
        try {
            return MAPPER.writeValueAsString(result);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a result could not be written as JSON", e);
        }
    }

    /** Several results as a pretty-printed JSON array. */
    public static String writeAll(List<FormResult> results) {
        try {
            return MAPPER.writeValueAsString(results);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("results could not be written as JSON", e);
        }
    }

    /** One result as a JSON tree, for documents that embed it (a scored series). */
    static com.fasterxml.jackson.databind.JsonNode tree(FormResult result) {
        return MAPPER.valueToTree(result);
    }

    /**
     * Reads a result written by {@link #write(FormResult)}.
     *
     * <p>A result holding a personal identity number anywhere (an id, an instrument, a question) is refused as a
     * problem naming where, never the value: the library's records cannot hold one, so such a text was not
     * written by this library and is not read into one.
     *
     * @return the result, or why the text is not one
     */
    public static Checked<FormResult> read(String json) {
        Checked<com.fasterxml.jackson.databind.JsonNode> tree = DataFiles.readTree(json);
        if (!tree.isOk()) {
            return Checked.failed(tree.problems().stream().map(p -> "not a result: " + p).toList());
        }
        Optional<String> identityNumber = identityNumberAt(tree.orElseThrow(), "");
        if (identityNumber.isPresent()) {
            return Checked.failed(List.of("not a result: " + identityNumber.get()
                    + ": looks like a personal identity number; use a pseudonymous id"));
        }
        try {
            return Checked.ok(MAPPER.treeToValue(tree.orElseThrow(), FormResult.class));
        } catch (JsonProcessingException | IllegalArgumentException e) {
            return Checked.failed(List.of("not a result: " + e.getMessage()));
        }
    }

    /** Where in the tree a text or a field name looks like a personal identity number, if anywhere. */
    private static Optional<String> identityNumberAt(JsonNode node, String path) {
        if (node.isTextual()) {
            return PersonalIdentityNumbers.looksLike(node.asText()) ? Optional.of(path) : Optional.empty();
        }
        if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                Optional<String> found = identityNumberAt(node.get(i), path + "[" + i + "]");
                if (found.isPresent()) {
                    return found;
                }
            }
        }
        for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> field = it.next();
            String where = path.isEmpty() ? field.getKey() : path + "." + field.getKey();
            if (PersonalIdentityNumbers.looksLike(field.getKey())) {
                return Optional.of(path.isEmpty() ? "a field name" : path + ": a field name");
            }
            Optional<String> found = identityNumberAt(field.getValue(), where);
            if (found.isPresent()) {
                return found;
            }
        }
        return Optional.empty();
    }
}
