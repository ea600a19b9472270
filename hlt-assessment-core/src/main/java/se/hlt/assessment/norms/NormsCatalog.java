package se.hlt.assessment.norms;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import se.hlt.assessment.data.Checked;
import se.hlt.assessment.data.DataFiles;
import se.hlt.assessment.instrument.Informant;

/**
 * The norms tables a program knows: those shipped in the {@code norms} module, and any a user loads.
 *
 * <p>Immutable and thread-safe. Every table is validated against {@code norms.schema.json} and for internal
 * consistency when it is loaded.
 */
public final class NormsCatalog {

    /** The class-path location of the published schema for norms files. */
    public static final String SCHEMA_RESOURCE = "/hlt/schema/norms.schema.json";
    private static final String BUILT_IN_DIR = "/hlt/norms/";

    private final Map<String, NormTable> byId;

    private NormsCatalog(Map<String, NormTable> byId) {
        this.byId = byId;
    }

    /**
     * The tables shipped with the library (listed in {@code /hlt/norms/index.json}). Loaded once.
     *
     * @throws IllegalStateException if a shipped table is broken (the test suite guards against it)
     */
    public static NormsCatalog builtIn() {
        return BuiltIn.CATALOG;
    }

    /** A catalog with no tables: results then say that no table applies. */
    public static NormsCatalog empty() {
        return new NormsCatalog(Map.of());
    }

    /**
     * A catalog of the given tables.
     *
     * @throws IllegalArgumentException if two have the same id
     */
    public static NormsCatalog of(List<NormTable> tables) {
        Map<String, NormTable> byId = new LinkedHashMap<>();
        for (NormTable t : tables) {
            if (byId.put(t.id(), t) != null) {
                throw new IllegalArgumentException("two norms tables with id " + t.id());
            }
        }
        return new NormsCatalog(byId);
    }

    /**
     * Reads one table from JSON text, validating it.
     *
     * @param json the file's content
     * @param origin the file's name, for the problems
     * @return the table, or every problem found, each naming the field
     */
    public static Checked<NormTable> read(String json, String origin) {
        return UserFiles.FILES.read(json, origin, NormTable.class, NormTableCheck::problems);
    }

    /**
     * Reads one norms file a user supplies, validating it against the schema and for consistency.
     *
     * @return the table, or every problem found, each naming the file and the field
     * @throws UncheckedIOException if the file cannot be read
     */
    public static Checked<NormTable> read(Path file) {
        try {
            return read(Files.readString(file, StandardCharsets.UTF_8), file.getFileName().toString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * This catalog plus {@code more} tables.
     *
     * @throws IllegalArgumentException if one reuses the id of a table already here
     */
    public NormsCatalog with(List<NormTable> more) {
        List<NormTable> all = new ArrayList<>(byId.values());
        all.addAll(more);
        return of(all);
    }

    /** Every table, in the order loaded. */
    public List<NormTable> all() {
        return List.copyOf(byId.values());
    }

    /** The table with this id. */
    public Optional<NormTable> find(String id) {
        return Optional.ofNullable(byId.get(id));
    }

    /**
     * The first table with band cut-offs in {@code scheme} for this instrument version and informant.
     */
    public Optional<NormTable> bandTable(String family, String version, Informant informant, String scheme) {
        return byId.values().stream()
                .filter(t -> t.appliesTo(family, version, informant))
                .filter(t -> t.bands().map(b -> b.scheme().equals(scheme)).orElse(false))
                .findFirst();
    }

    /** The schema-validating reader for files a user supplies, created on first use. */
    private static final class UserFiles {
        static final DataFiles FILES = DataFiles.withSchema(SCHEMA_RESOURCE);
    }

    /**
     * Loads the built-in tables once, on first use: each from its {@linkplain CompiledNorms compiled value} when the
     * file is the text that was compiled.
     */
    private static final class BuiltIn {
        static final NormsCatalog CATALOG = load();

        private static NormsCatalog load() {
            List<NormTable> tables = new ArrayList<>();
            for (String file : DataFiles.shippedIndex(BUILT_IN_DIR, "tables", CompiledNorms.TABLES_INDEX,
                    CompiledNorms.TABLES_FILES)) {
                String resource = BUILT_IN_DIR + file;
                tables.add(DataFiles.readShipped(resource, NormTable.class, NormTableCheck::problems,
                        CompiledNorms.checksum(resource), () -> CompiledNorms.table(resource)));
            }
            return of(tables);
        }
    }
}
