package se.hlt.assessment.data;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jdk8.Jdk8Module;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

/**
 * Reads the project's JSON data files (instrument definitions, norms tables): checks a file against its
 * published JSON Schema, binds it to a record, then runs the checks a schema cannot express.
 *
 * <p>Files a user supplies are always checked against the schema ({@link #read}). The files shipped inside the
 * library are checked against the schema by the test suite at build time, so the jar cannot contain one that
 * fails; at run time they are bound and checked for consistency only ({@link #readShipped}), which keeps the
 * schema validator (several hundred milliseconds to start) out of every command's start-up.
 */
public final class DataFiles {

    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .addModule(new Jdk8Module())
            // the schema has already refused unknown properties, apart from "$schema"
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build();

    private final JsonSchema schema;

    private DataFiles(JsonSchema schema) {
        this.schema = schema;
    }

    /**
     * Reads a data file shipped in the library, which the build has already validated against its schema:
     * binds it and runs the consistency checks.
     *
     * @return the value, or every problem found, each prefixed by {@code origin}
     */
    public static <T> Checked<T> readShipped(String text, String origin, Class<T> type,
                                             Function<T, List<String>> semanticCheck) {
        T value;
        try {
            value = MAPPER.readValue(text, type);
        } catch (JsonProcessingException | IllegalArgumentException e) {
            return Checked.failed(List.of(origin + ": " + e.getMessage()));
        }
        return checked(value, origin, semanticCheck);
    }

    private static <T> Checked<T> checked(T value, String origin, Function<T, List<String>> semanticCheck) {
        List<String> problems = semanticCheck.apply(value).stream().map(p -> origin + ": " + p).toList();
        return problems.isEmpty() ? Checked.ok(value) : Checked.failed(problems);
    }

    /**
     * A reader for files of the kind described by the schema at {@code schemaResource} on the class path.
     *
     * @throws IllegalStateException if the schema is not on the class path (a packaging mistake)
     */
    public static DataFiles withSchema(String schemaResource) {
        try (InputStream in = open(schemaResource)) {
            if (in == null) {
                throw new IllegalStateException("schema not on the class path: " + schemaResource);
            }
            JsonSchemaFactory factory = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012);
            return new DataFiles(factory.getSchema(in));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The shared, configured mapper for data files. Thread-safe; do not reconfigure it. */
    public static ObjectMapper mapper() {
        return MAPPER;
    }

    /**
     * Reads one data file.
     *
     * @param text the file's content
     * @param origin the file's name, used in every problem
     * @param type the record to bind to
     * @param semanticCheck the checks a schema cannot express; returns problems, empty when all is well
     * @return the value, or every problem found, each prefixed by {@code origin}
     */
    public <T> Checked<T> read(String text, String origin, Class<T> type, Function<T, List<String>> semanticCheck) {
        JsonNode tree;
        try {
            tree = MAPPER.readTree(text);
        } catch (JsonProcessingException e) {
            return Checked.failed(List.of(origin + ": not valid JSON at line " + e.getLocation().getLineNr()
                    + ", column " + e.getLocation().getColumnNr() + ": " + e.getOriginalMessage()));
        }
        Set<ValidationMessage> messages = schema.validate(tree);
        if (!messages.isEmpty()) {
            List<String> problems = new ArrayList<>();
            messages.forEach(m -> problems.add(origin + ": " + m.getMessage()));
            problems.sort(null);
            return Checked.failed(problems);
        }
        T value;
        try {
            value = MAPPER.treeToValue(tree, type);
        } catch (JsonProcessingException | IllegalArgumentException e) {
            return Checked.failed(List.of(origin + ": " + e.getMessage()));
        }
        return checked(value, origin, semanticCheck);
    }

    /**
     * Loads every data file listed in a shipped folder's {@code index.json} (under {@code listKey}), in order.
     *
     * @param folder the class-path folder, e.g. {@code /hlt/instruments/}
     * @throws IllegalStateException if a listed file is missing or broken (the test suite guards against it)
     */
    public static <T> List<T> loadShipped(String folder, String listKey, Class<T> type,
                                          Function<T, List<String>> semanticCheck) {
        JsonNode index;
        try {
            index = MAPPER.readTree(resourceText(folder + "index.json"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<T> values = new ArrayList<>();
        for (JsonNode path : index.get(listKey)) {
            String resource = folder + path.asText();
            values.add(readShipped(resourceText(resource), resource, type, semanticCheck).orElseThrow());
        }
        return values;
    }

    /**
     * Reads a resource from the class path as UTF-8 text.
     *
     * @throws IllegalStateException if it is not there (a packaging mistake)
     */
    public static String resourceText(String resource) {
        try (InputStream in = open(resource)) {
            if (in == null) {
                throw new IllegalStateException("not on the class path: " + resource);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * A resource of this module, or else of the class path or another module: the {@code norms} module's data
     * files are not this module's when the library runs on the module path, and {@link Class#getResourceAsStream}
     * of a named module looks in that module only.
     */
    private static InputStream open(String resource) {
        InputStream in = DataFiles.class.getResourceAsStream(resource);
        if (in == null && resource.startsWith("/")) {
            ClassLoader loader = DataFiles.class.getClassLoader();
            in = loader.getResourceAsStream(resource.substring(1));
        }
        return in;
    }
}
