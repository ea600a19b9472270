package se.hlt.assessment.json;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Set;
import java.util.TreeSet;

/** Validates JSON text against one of the published schemas, for tests. */
final class JsonSchemas {

    private JsonSchemas() {
    }

    /** The messages of validating {@code json} against the class-path schema {@code resource}; empty when valid. */
    static Set<String> problems(String resource, String json) {
        try (InputStream in = JsonSchemas.class.getResourceAsStream(resource)) {
            JsonSchema schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(in);
            Set<ValidationMessage> messages = schema.validate(new ObjectMapper().readTree(json));
            Set<String> out = new TreeSet<>();
            messages.forEach(m -> out.add(m.getMessage()));
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
