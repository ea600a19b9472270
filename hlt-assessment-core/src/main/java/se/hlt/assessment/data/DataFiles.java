package se.hlt.assessment.data;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
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
            // {"consid": 0, "consid": 2} would silently be 2; {...} {...} would silently be the first
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .build();
    /** Reads decimals exactly: 6.5 as the decimal 6.5, never as the nearest double. */
    private static final ObjectReader EXACT = MAPPER.reader()
            .with(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);
    private static final char BYTE_ORDER_MARK = '\uFEFF';

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

    /**
     * Parses JSON text as every JSON input of the tool is parsed (forms, series, rules, norms and definitions,
     * cohort documents): decimals exactly; a UTF-8 byte order mark at the start skipped; and refused, with where,
     * never with the text itself: a key given twice in one object, anything after the first value, nesting deeper
     * or a text, number or document longer than the parser's limits ({@code StreamReadConstraints}), or text that
     * is not JSON. Empty text is a missing node, for the caller to refuse as it sees fit.
     *
     * @return the tree, or the one problem that stopped the parsing
     */
    public static Checked<JsonNode> readTree(String text) {
        String json = !text.isEmpty() && text.charAt(0) == BYTE_ORDER_MARK ? text.substring(1) : text;
        try {
            return Checked.ok(EXACT.readTree(json));
        } catch (StreamConstraintsException e) {
            return Checked.failed(List.of("larger than the reader allows: " + plain(e.getOriginalMessage())));
        } catch (JsonProcessingException e) {
            return Checked.failed(List.of(problem(e)));
        }
    }

    /** Why {@code e} stopped the parsing, and where. */
    private static String problem(JsonProcessingException e) {
        String at = e.getLocation() == null ? ""
                : " at line " + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr();
        String message = String.valueOf(e.getOriginalMessage());
        if (message.startsWith("Duplicate field") && e.getProcessor() instanceof JsonParser parser) {
            String path = parser.getParsingContext().pathAsPointer().toString().substring(1).replace('/', '.');
            return path + ": given twice" + at;
        }
        if (message.startsWith("Trailing token")) {
            return "more JSON after the first value" + at;
        }
        return "not valid JSON" + at;
    }

    /** A limit's message without Jackson's own names, e.g. {@code Document nesting depth (1001) exceeds ...}. */
    private static String plain(String message) {
        String m = String.valueOf(message);
        int from = m.indexOf(", from `");
        return (from < 0 ? m : m.substring(0, from) + ")").replace("`", "");
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
        Checked<JsonNode> parsed = readTree(text);
        if (!parsed.isOk()) {
            return Checked.failed(parsed.problems().stream().map(p -> origin + ": " + p).toList());
        }
        JsonNode tree = parsed.orElseThrow();
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
