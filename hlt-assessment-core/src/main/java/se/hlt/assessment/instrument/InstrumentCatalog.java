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
 *
 * <p>The built-in definitions are read when first needed, each on its own: a file is named by its definition's
 * id ({@code sdq/sdq-p-4-17-baseline.json}), so that {@link #find(String)} reads one file, as libphonenumber reads
 * one region's metadata. {@code hlt score} of one form then binds one definition of sixteen. What looks at every
 * definition ({@link #all}, a search by family) reads them all, once.
 */
public final class InstrumentCatalog {

    /** The class-path location of the published schema for definition files. */
    public static final String SCHEMA_RESOURCE = "/hlt/schema/instrument.schema.json";
    private static final String BUILT_IN_DIR = "/hlt/instruments/";

    private final Map<String, ShippedFile<InstrumentDefinition>> byId;

    private InstrumentCatalog(Map<String, ShippedFile<InstrumentDefinition>> byId) {
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
        Map<String, ShippedFile<InstrumentDefinition>> byId = new LinkedHashMap<>();
        Map<String, String> defaults = new LinkedHashMap<>();
        for (InstrumentDefinition d : definitions) {
            if (byId.put(d.id(), ShippedFile.of(d)) != null) {
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
        List<InstrumentDefinition> all = new ArrayList<>(all());
        all.addAll(more);
        return of(all);
    }

    /** Every definition, in the order loaded. */
    public List<InstrumentDefinition> all() {
        return byId.values().stream().map(ShippedFile::value).toList();
    }

    /** The definition with this id. */
    public Optional<InstrumentDefinition> find(String id) {
        return Optional.ofNullable(byId.get(id)).map(ShippedFile::value);
    }

    /**
     * The definition of a family's version for an informant and timepoint, e.g. SDQ 4-17, teacher, follow-up.
     */
    public Optional<InstrumentDefinition> find(String family, String version, Informant informant,
                                               Timepoint timepoint) {
        return all().stream()
                .filter(d -> d.family().equals(family) && d.version().equals(version)
                        && d.informant() == informant && d.timepoint() == timepoint)
                .findFirst();
    }

    /**
     * The version a file of {@code family} by {@code informant} is read as when it names none: the one whose
     * definitions say {@code defaultVersion}, e.g. {@code 4-17} for SDQ parent reports.
     */
    public Optional<String> defaultVersion(String family, Informant informant) {
        return all().stream()
                .filter(d -> d.defaultVersion() && d.family().equals(family) && d.informant() == informant)
                .map(InstrumentDefinition::version).findFirst();
    }

    /** The schema-validating reader for files a user supplies, created on first use. */
    private static final class UserFiles {
        static final DataFiles FILES = DataFiles.withSchema(SCHEMA_RESOURCE);
    }

    /**
     * The built-in catalog: the index read on first use, each definition when first asked for, from its
     * {@linkplain CompiledDefinitions compiled value} when the file is the text that was compiled. That the built-in
     * definitions pass {@link #of}'s checks (one id each, one default version) the test suite checks.
     */
    private static final class BuiltIn {
        static final InstrumentCatalog CATALOG = new InstrumentCatalog(ShippedFile.byName(BUILT_IN_DIR,
                DataFiles.shippedIndex(BUILT_IN_DIR, "definitions", CompiledDefinitions.DEFINITIONS_INDEX,
                        CompiledDefinitions.DEFINITIONS_FILES),
                BuiltIn::read, InstrumentDefinition::id));

        private static InstrumentDefinition read(String resource) {
            return DataFiles.readShipped(resource, InstrumentDefinition.class, DefinitionCheck::problems,
                    CompiledDefinitions.checksum(resource), () -> CompiledDefinitions.definition(resource));
        }
    }
}
