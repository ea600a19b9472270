package se.hlt.assessment.data;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.nio.file.Path;
import java.util.List;

/**
 * A JSON Schema (draft 2020-12) check of a data file, done here directly with the validator rather than through
 * the library's loader, so that a loader that skipped or weakened its schema check would be caught.
 */
final class SchemaCheck {

    private final JsonSchema schema;

    private SchemaCheck(JsonSchema schema) {
        this.schema = schema;
    }

    /** A check against the schema file at {@code schemaFile}. */
    static SchemaCheck of(Path schemaFile) {
        JsonSchemaFactory factory = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012);
        return new SchemaCheck(factory.getSchema(SourceTree.text(schemaFile)));
    }

    /** Every violation of the schema by {@code document}, sorted; empty when it conforms. */
    List<String> violations(JsonNode document) {
        return schema.validate(document).stream().map(ValidationMessage::getMessage).sorted().toList();
    }
}
