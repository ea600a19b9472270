package se.hlt.assessment.json;

import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;
import java.lang.reflect.RecordComponent;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.OptionalLong;
import se.hlt.assessment.scoring.Texts;

/**
 * What is wrong with a cohort report read back from JSON ({@link CohortJson#read}), in the user's language and
 * named by its place in the document ({@code reports[0].groups[3].pairs}): never Jackson's own message, which
 * names Java classes and, for a missing field, the null it met.
 */
final class CohortJsonProblems {

    private CohortJsonProblems() {
    }

    /**
     * Why {@code report}, the document's {@code where}, could not be read as a cohort report.
     *
     * @param e what Jackson threw: a field the report has no place for, a value of the wrong kind (a code no
     *     enum has among them), or a record that refused its values (a field missing, or figures that cannot stand
     *     together)
     */
    static String of(Exception e, String where, JsonNode report, Locale locale) {
        if (!(e instanceof JsonMappingException d)) {
            return Texts.format("cohort_file.json.disagree", locale, where);
        }
        String at = where + path(d.getPath());
        if (e instanceof UnrecognizedPropertyException) {
            return Texts.format("cohort_file.json.not_a_field", locale, at);
        }
        if (e instanceof ValueInstantiationException v && v.getType().getRawClass().isRecord()) {
            Optional<String> missing = missingField(v.getType().getRawClass(), nodeAt(report, d.getPath()));
            return missing.isPresent() ? Texts.format("cohort_file.json.missing", locale, at + "." + missing.get())
                    : Texts.format("cohort_file.json.disagree", locale, at);
        }
        return Texts.format("cohort_file.json.wrong_value", locale, at);
    }

    /** A path as the document writes it: {@code .groups[3].pairs}. */
    private static String path(List<JsonMappingException.Reference> path) {
        StringBuilder text = new StringBuilder();
        for (JsonMappingException.Reference r : path) {
            if (r.getFieldName() != null) {
                text.append('.').append(r.getFieldName());
            } else if (r.getIndex() >= 0) {
                text.append('[').append(r.getIndex()).append(']');
            }
        }
        return text.toString();
    }

    private static JsonNode nodeAt(JsonNode node, List<JsonMappingException.Reference> path) {
        JsonNode at = node;
        for (JsonMappingException.Reference r : path) {
            at = r.getFieldName() != null ? at.path(r.getFieldName()) : at.path(r.getIndex());
        }
        return at;
    }

    /**
     * The first field that {@code type}, a record, cannot do without and {@code node} lacks or holds as null: a
     * reference that is not optional (a primitive reads as 0 and an absent optional as empty).
     */
    private static Optional<String> missingField(Class<?> type, JsonNode node) {
        if (!type.isRecord() || !node.isObject()) {
            return Optional.empty();
        }
        for (RecordComponent c : type.getRecordComponents()) {
            Class<?> t = c.getType();
            boolean needed = !t.isPrimitive() && t != Optional.class && t != OptionalInt.class
                    && t != OptionalDouble.class && t != OptionalLong.class;
            if (needed && node.path(c.getName()).isMissingNode() || needed && node.path(c.getName()).isNull()) {
                return Optional.of(c.getName());
            }
        }
        return Optional.empty();
    }
}
