package se.hlt.assessment.instrument;

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

/**
 * The instrument definitions a program knows: the built-in ones, and any a user adds from files.
 *
 * <p>Immutable and thread-safe. Every definition is validated against {@code instrument.schema.json} and then
 * for internal consistency when it is loaded; a catalog never holds a definition that failed.
 */
public final class InstrumentCatalog {

    /** The class-path location of the published schema for definition files. */
    public static final String SCHEMA_RESOURCE = "/hlt/schema/instrument.schema.json";
    private static final String BUILT_IN_DIR = "/hlt/instruments/";

    private final Map<String, InstrumentDefinition> byId;

    private InstrumentCatalog(Map<String, InstrumentDefinition> byId) {
        this.byId = byId;
    }

    /**
     * The definitions shipped with the library (listed in {@code /hlt/instruments/index.json}). Loaded once.
     *
     * @throws IllegalStateException if a shipped definition is broken (a packaging mistake; the test suite
     *     guards against it)
     */
    public static InstrumentCatalog builtIn() {
        return BuiltIn.CATALOG;
    }

    /**
     * A catalog of the given definitions.
     *
     * @throws IllegalArgumentException if two have the same id, or two versions of a family claim to be the
     *     default for one informant
     */
    public static InstrumentCatalog of(List<InstrumentDefinition> definitions) {
        Map<String, InstrumentDefinition> byId = new LinkedHashMap<>();
        Map<String, String> defaults = new LinkedHashMap<>();
        for (InstrumentDefinition d : definitions) {
            if (byId.put(d.id(), d) != null) {
                throw new IllegalArgumentException("two definitions with id " + d.id());
            }
            String key = d.family() + " " + d.informant().code();
            if (d.defaultVersion() && !defaults.computeIfAbsent(key, k -> d.version()).equals(d.version())) {
                throw new IllegalArgumentException("two default versions for " + key + ": " + defaults.get(key)
                        + " and " + d.version());
            }
        }
        return new InstrumentCatalog(byId);
    }

    /**
     * Reads one definition from JSON text, validating it.
     *
     * @param json the file's content
     * @param origin the file's name, for the problems
     * @return the definition, or every problem found, each naming the field
     */
    public static Checked<InstrumentDefinition> read(String json, String origin) {
        return UserFiles.FILES.read(json, origin, InstrumentDefinition.class, DefinitionCheck::problems);
    }

    /**
     * Reads one definition file, validating it.
     *
     * @throws UncheckedIOException if the file cannot be read
     */
    public static Checked<InstrumentDefinition> read(Path file) {
        try {
            return read(Files.readString(file, StandardCharsets.UTF_8), file.getFileName().toString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** This catalog plus {@code more} definitions (which may not reuse an id). */
    public InstrumentCatalog with(List<InstrumentDefinition> more) {
        List<InstrumentDefinition> all = new ArrayList<>(byId.values());
        all.addAll(more);
        return of(all);
    }

    /** Every definition, in the order loaded. */
    public List<InstrumentDefinition> all() {
        return List.copyOf(byId.values());
    }

    /** The definition with this id. */
    public Optional<InstrumentDefinition> find(String id) {
        return Optional.ofNullable(byId.get(id));
    }

    /**
     * The definition of a family's version for an informant and timepoint, e.g. SDQ 4-17, teacher, follow-up.
     */
    public Optional<InstrumentDefinition> find(String family, String version, Informant informant,
                                               Timepoint timepoint) {
        return byId.values().stream()
                .filter(d -> d.family().equals(family) && d.version().equals(version)
                        && d.informant() == informant && d.timepoint() == timepoint)
                .findFirst();
    }

    /**
     * The version a file of {@code family} by {@code informant} is read as when it names none: the one whose
     * definitions say {@code defaultVersion}, e.g. {@code 4-17} for SDQ parent reports.
     */
    public Optional<String> defaultVersion(String family, Informant informant) {
        return byId.values().stream()
                .filter(d -> d.defaultVersion() && d.family().equals(family) && d.informant() == informant)
                .map(InstrumentDefinition::version).findFirst();
    }

    /** The schema-validating reader for files a user supplies, created on first use. */
    private static final class UserFiles {
        static final DataFiles FILES = DataFiles.withSchema(SCHEMA_RESOURCE);
    }

    /** Lazily loads the built-in definitions once, on first use. */
    private static final class BuiltIn {
        static final InstrumentCatalog CATALOG = of(DataFiles.loadShipped(BUILT_IN_DIR, "definitions",
                InstrumentDefinition.class, DefinitionCheck::problems));
    }
}
