package se.hlt.assessment.json;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jdk8.Jdk8Module;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Optional;
import se.hlt.assessment.data.Checked;
import se.hlt.assessment.data.DataFiles;
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
        Optional<PersonalNumberPlaces.Place> identityNumber = PersonalNumberPlaces.first(tree.orElseThrow(), "");
        if (identityNumber.isPresent()) {
            PersonalNumberPlaces.Place at = identityNumber.get();
            String where = !at.fieldName() ? at.path() : at.path().isEmpty() ? "a field name"
                    : at.path() + ": a field name";
            return Checked.failed(List.of("not a result: " + where
                    + ": looks like a personal identity number; use a pseudonymous id"));
        }
        try {
            return Checked.ok(MAPPER.treeToValue(tree.orElseThrow(), FormResult.class));
        } catch (JsonProcessingException | IllegalArgumentException e) {
            return Checked.failed(List.of("not a result: " + e.getMessage()));
        }
    }
}
