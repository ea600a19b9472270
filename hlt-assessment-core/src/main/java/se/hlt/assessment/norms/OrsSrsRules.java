package se.hlt.assessment.norms;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import se.hlt.assessment.data.Checked;
import se.hlt.assessment.data.DataFiles;
import se.hlt.assessment.instrument.Informant;
import se.hlt.assessment.instrument.Label;

/**
 * The rules behind a series of ORS/SRS-family forms, read from data ({@code ors-srs-rules.schema.json}): what each
 * instrument measures, the cut-offs by instrument, rater and age, the reliable change values, and the alerts, each
 * with its source and confidence tag. Nothing of it is written in code: a user's file of the same shape replaces the
 * built-in rules as a whole.
 *
 * <pre>{@code
 * OrsSrsRules rules = OrsSrsRules.builtIn();
 * rules.cutoff("ors", Informant.SELF, OptionalInt.of(15)).flatMap(CutoffRule::cutoff);   // 28
 * }</pre>
 *
 * @param id the rules' id, named in every result that uses them
 * @param title a short title in English and Swedish
 * @param measures which instruments measure outcome and which the alliance
 * @param cutoffs the cut-offs; at most one applies to any instrument, rater and age
 * @param reliableChange the reliable change values; at most one applies to any instrument, rater and age
 * @param alerts the alerts
 */
public record OrsSrsRules(String id, Label title, Measures measures, List<CutoffRule> cutoffs,
                          List<ReliableChangeRule> reliableChange, AlertRules alerts) {

    /** The class-path location of the published schema for rules files. */
    public static final String SCHEMA_RESOURCE = "/hlt/schema/ors-srs-rules.schema.json";
    private static final String BUILT_IN_DIR = "/hlt/ors-srs/";

    /** Checks the required parts and copies the lists. */
    public OrsSrsRules {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(measures, "measures");
        Objects.requireNonNull(alerts, "alerts");
        cutoffs = List.copyOf(cutoffs);
        reliableChange = reliableChange == null ? List.of() : List.copyOf(reliableChange);
    }

    /**
     * The rules shipped in the {@code norms} module (the one file listed in {@code /hlt/ors-srs/index.json}).
     *
     * @throws IllegalStateException if the shipped file is broken (the test suite guards against it)
     */
    public static OrsSrsRules builtIn() {
        return BuiltIn.RULES;
    }

    /**
     * Reads rules from JSON text, validating them against the schema and for consistency.
     *
     * @param json the file's content
     * @param origin the file's name, for the problems
     * @return the rules, or every problem found, each naming the field
     */
    public static Checked<OrsSrsRules> read(String json, String origin) {
        return UserFiles.FILES.read(json, origin, OrsSrsRules.class, OrsSrsRulesCheck::problems);
    }

    /**
     * Reads a rules file a user supplies.
     *
     * @throws UncheckedIOException if the file cannot be read
     */
    public static Checked<OrsSrsRules> read(Path file) {
        try {
            return read(Files.readString(file, StandardCharsets.UTF_8), file.getFileName().toString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** What {@code instrument} measures, if the rules know it. */
    public Optional<MeasureRole> roleOf(String instrument) {
        return measures.roleOf(instrument);
    }

    /** The cut-off rule for a form of {@code instrument} by {@code rater} about a child of {@code age}, if any. */
    public Optional<CutoffRule> cutoff(String instrument, Informant rater, OptionalInt age) {
        return cutoffs.stream().filter(r -> r.scope().appliesTo(instrument, rater, age)).findFirst();
    }

    /** The reliable change rule for a form of {@code instrument} by {@code rater} about a child of {@code age}. */
    public Optional<ReliableChangeRule> reliableChange(String instrument, Informant rater, OptionalInt age) {
        return reliableChange.stream().filter(r -> r.scope().appliesTo(instrument, rater, age)).findFirst();
    }

    /** Why no cut-off rule applies to a form of {@code instrument} by {@code rater} about a child of {@code age}. */
    public Optional<RuleGap> cutoffGap(String instrument, Informant rater, OptionalInt age) {
        return gap(cutoffs.stream().map(CutoffRule::scope).toList(), instrument, rater, age);
    }

    /** Why no reliable change rule applies to a form of {@code instrument} by {@code rater} about {@code age}. */
    public Optional<RuleGap> reliableChangeGap(String instrument, Informant rater, OptionalInt age) {
        return gap(reliableChange.stream().map(ReliableChangeRule::scope).toList(), instrument, rater, age);
    }

    /** Empty when a rule applies; otherwise whether an age would have chosen one. */
    private static Optional<RuleGap> gap(List<RuleScope> scopes, String instrument, Informant rater,
                                         OptionalInt age) {
        if (scopes.stream().anyMatch(s -> s.appliesTo(instrument, rater, age))) {
            return Optional.empty();
        }
        boolean anAgeWouldDo = age.isEmpty() && scopes.stream().anyMatch(s -> s.ages().isPresent()
                && s.appliesTo(instrument, rater, OptionalInt.of(s.ages().get().min())));
        return Optional.of(anAgeWouldDo ? RuleGap.AGE_NOT_GIVEN : RuleGap.NO_RULE);
    }

    /** The schema-validating reader for files a user supplies, created on first use. */
    private static final class UserFiles {
        static final DataFiles FILES = DataFiles.withSchema(SCHEMA_RESOURCE);
    }

    /** Loads the built-in rules once, on first use: the {@linkplain CompiledNorms compiled value} when it is current. */
    private static final class BuiltIn {
        static final OrsSrsRules RULES = load();

        private static OrsSrsRules load() {
            List<String> files = DataFiles.shippedIndex(BUILT_IN_DIR, "rules", CompiledNorms.RULES_INDEX,
                    CompiledNorms.RULES_FILES);
            if (files.size() != 1) {
                throw new IllegalStateException(BUILT_IN_DIR + "index.json must list exactly one rules file");
            }
            String resource = BUILT_IN_DIR + files.get(0);
            return DataFiles.readShipped(resource, OrsSrsRules.class, OrsSrsRulesCheck::problems,
                    CompiledNorms.checksum(resource), () -> CompiledNorms.rules(resource));
        }
    }
}
