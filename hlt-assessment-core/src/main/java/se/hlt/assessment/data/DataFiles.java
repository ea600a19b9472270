package se.hlt.assessment.data;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
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
import java.util.function.Supplier;
import java.util.zip.CRC32C;

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

    /**
     * The configured mapper, made on first use: a shipped file whose compiled value is used (see
     * {@link #readShipped(String, Class, Function, int, Supplier)}) does not need it, nor does a tree (see
     * {@link JsonTrees}), and making an {@code ObjectMapper} is a tenth of {@code hlt score}'s start-up.
     */
    private static final class Jackson {
        static final ObjectMapper MAPPER = JsonMapper.builder()
                .addModule(new Jdk8Module())
                // the schema has already refused unknown properties, apart from "$schema"
                .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                // {"consid": 0, "consid": 2} would silently be 2; {...} {...} would silently be the first
                .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
                .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
                .build();
    }

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
            value = Jackson.MAPPER.readValue(text, type);
        } catch (JsonProcessingException | IllegalArgumentException e) {
            return Checked.failed(List.of(origin + ": " + e.getMessage()));
        }
        return checked(value, origin, semanticCheck);
    }

    /**
     * A data file shipped in the library, as the build compiled it into Java when there is such a value for this
     * very text; else read as {@link #readShipped(String, String, Class, Function)} reads it. The compiled value was
     * bound by Jackson and checked from the same text at build time ({@code CompiledDataTest} holds every one to
     * that), so it is the same value, made without the milliseconds Jackson takes to learn a type when a command
     * starts. A file changed since, whose checksum no longer matches, is bound as before: the compiled value can be
     * out of date, never wrong.
     *
     * @param resource the file's class-path location, e.g. {@code /hlt/norms/sdq/uk-teacher-5-15.json}
     * @param compiledChecksum the {@link #checksum} of the text the compiled value was made from
     * @param compiled makes the compiled value
     * @throws IllegalStateException if the file is missing or broken (a packaging mistake; the tests read every one)
     */
    public static <T> T readShipped(String resource, Class<T> type, Function<T, List<String>> semanticCheck,
                                    int compiledChecksum, Supplier<T> compiled) {
        byte[] bytes = resourceBytes(resource); // checked as bytes: a compiled value needs no text
        if (checksum(bytes) == compiledChecksum) {
            return compiled.get();
        }
        return readShipped(new String(bytes, StandardCharsets.UTF_8), resource, type, semanticCheck).orElseThrow();
    }

    /**
     * The file names listed under {@code listKey} in a shipped folder's {@code index.json}: {@code compiled} when
     * the index is the text they were compiled from, else read from it.
     */
    public static List<String> shippedIndex(String folder, String listKey, int compiledChecksum,
                                            List<String> compiled) {
        byte[] bytes = resourceBytes(folder + "index.json");
        if (checksum(bytes) == compiledChecksum) {
            return compiled;
        }
        try {
            List<String> files = new ArrayList<>();
            for (JsonNode file : Jackson.MAPPER.readTree(bytes).get(listKey)) {
                files.add(file.asText());
            }
            return List.copyOf(files);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The checksum that ties a compiled value to the text it was made from: CRC-32C of the UTF-8 bytes. */
    public static int checksum(String text) {
        return checksum(text.getBytes(StandardCharsets.UTF_8));
    }

    private static int checksum(byte[] bytes) {
        CRC32C crc = new CRC32C();
        crc.update(bytes);
        return (int) crc.getValue();
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
        return readTree(text, JsonWords.ENGLISH);
    }

    /** As {@link #readTree(String)}, its problem in {@code words}: a user's file refused in the user's language. */
    public static Checked<JsonNode> readTree(String text, JsonWords words) {
        String json = !text.isEmpty() && text.charAt(0) == BYTE_ORDER_MARK ? text.substring(1) : text;
        try {
            return Checked.ok(JsonTrees.read(json));
        } catch (StreamConstraintsException e) {
            return Checked.failed(List.of(words.overLimit(plain(e.getOriginalMessage()))));
        } catch (JsonProcessingException e) {
            return Checked.failed(List.of(problem(e, words)));
        } catch (IOException e) {
            throw new UncheckedIOException(e); // a String does not fail to be read
        }
    }

    /** Why {@code e} stopped the parsing, and where. */
    static String problem(JsonProcessingException e) {
        return problem(e, JsonWords.ENGLISH);
    }

    private static String problem(JsonProcessingException e, JsonWords words) {
        String at = e.getLocation() == null ? ""
                : words.at(e.getLocation().getLineNr(), e.getLocation().getColumnNr());
        String message = String.valueOf(e.getOriginalMessage());
        if (message.startsWith("Duplicate field") && e.getProcessor() instanceof JsonParser parser) {
            String path = parser.getParsingContext().pathAsPointer().toString().substring(1).replace('/', '.');
            return words.givenTwice(path) + at;
        }
        if (message.startsWith("Trailing token")) {
            return words.trailing() + at;
        }
        if (message.startsWith(JsonTrees.NUMBER_OUT_OF_RANGE)) {
            return words.numberTooLarge() + at;
        }
        return words.notValid() + at;
    }

    /** A limit's message without Jackson's own names, e.g. {@code Document nesting depth (1001) exceeds ...}. */
    static String plain(String message) {
        String m = String.valueOf(message);
        int from = m.indexOf(", from `");
        return (from < 0 ? m : m.substring(0, from) + ")").replace("`", "");
    }

    /** The shared, configured mapper for data files. Thread-safe; do not reconfigure it. */
    public static ObjectMapper mapper() {
        return Jackson.MAPPER;
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
            value = Jackson.MAPPER.treeToValue(tree, type);
        } catch (JsonProcessingException | IllegalArgumentException e) {
            return Checked.failed(List.of(origin + ": " + e.getMessage()));
        }
        return checked(value, origin, semanticCheck);
    }

    /**
     * Reads a resource from the class path as UTF-8 text.
     *
     * @throws IllegalStateException if it is not there (a packaging mistake)
     */
    public static String resourceText(String resource) {
        return new String(resourceBytes(resource), StandardCharsets.UTF_8);
    }

    private static byte[] resourceBytes(String resource) {
        try (InputStream in = open(resource)) {
            if (in == null) {
                throw new IllegalStateException("not on the class path: " + resource);
            }
            return in.readAllBytes();
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
