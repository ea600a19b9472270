package se.hlt.assessment.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import se.hlt.assessment.instrument.Confidence;
import se.hlt.assessment.instrument.Informant;
import se.hlt.assessment.instrument.InstrumentCatalog;
import se.hlt.assessment.instrument.InstrumentDefinition;
import se.hlt.assessment.norms.CutoffRule;
import se.hlt.assessment.norms.MeasureRole;
import se.hlt.assessment.norms.OrsSrsRules;
import se.hlt.assessment.norms.ReliableChangeRule;

/**
 * The shipped ORS/SRS rules: valid against their schema, listed in their index, every rule sourced and tagged, and
 * holding exactly the numbers of ors-srs.md (typed in here from the specification, never read from the file).
 * Broken rules files are refused with a problem naming the field.
 */
class OrsSrsRulesFilesTest {

    private static final Path DIR = SourceTree.normsResources().resolve("ors-srs");
    private static final OrsSrsRules RULES = OrsSrsRules.builtIn();

    @Test
    void theRulesFileConformsToItsSchemaAndIsTheOneListed() {
        SchemaCheck schema = SchemaCheck.of(SourceTree.normsResources().resolve("schema/ors-srs-rules.schema.json"));
        List<String> files = SourceTree.dataFilesBelow(DIR);
        assertEquals(List.of("pcoms-defaults.json"), files);
        assertEquals(List.of(), IndexAgreement.differences(SourceTree.indexed(DIR, "rules"), files));
        assertEquals(List.of(), schema.violations(SourceTree.json(DIR.resolve("pcoms-defaults.json"))));
        assertEquals("pcoms-defaults", RULES.id());
    }

    @Test
    void everyRuleCitesItsSourceWithATagWrittenInTheFile() {
        JsonNode raw = SourceTree.json(DIR.resolve("pcoms-defaults.json"));
        List<JsonNode> sources = new ArrayList<>();
        raw.get("cutoffs").forEach(r -> sources.add(r.get("source")));
        raw.get("reliableChange").forEach(r -> sources.add(r.get("source")));
        raw.get("alerts").forEach(a -> sources.add(a.get("source")));
        assertEquals(7 + 2 + 4, sources.size());
        for (JsonNode source : sources) {
            assertTrue(source.path("citation").asText().length() >= 10, source.toString());
            assertTrue(source.path("confidence").isTextual(), source.toString());
        }
    }

    @Test
    void everyOrsFamilyInstrumentHasARoleAndEveryNamedInstrumentExists() {
        InstrumentCatalog catalog = InstrumentCatalog.builtIn();
        for (InstrumentDefinition d : catalog.all()) {
            boolean orsFamily = d.family().equals("ors-srs");
            assertEquals(orsFamily, RULES.roleOf(d.id()).isPresent(), d.id());
        }
        Stream.concat(RULES.cutoffs().stream().flatMap(r -> r.instruments().stream()),
                        RULES.reliableChange().stream().flatMap(r -> r.instruments().stream()))
                .forEach(id -> assertTrue(catalog.find(id).isPresent(), id));
        assertEquals(Optional.of(MeasureRole.OUTCOME), RULES.roleOf("cors"));
        assertEquals(Optional.of(MeasureRole.ALLIANCE), RULES.roleOf("ycsrs"));
    }

    /** ors-srs.md section 3. */
    @Test
    void theCutOffsAreTheSpecifications() {
        assertCutoff("25", Confidence.VERIFIED, "ors", Informant.SELF, 18, 30, 120);
        assertCutoff("28", Confidence.PROVISIONAL, "ors", Informant.SELF, 13, 15, 17);
        assertCutoff("32", Confidence.SECONDARY, "cors", Informant.SELF, 6, 9, 12);
        for (Informant caretaker : List.of(Informant.PARENT, Informant.TEACHER, Informant.OTHER)) {
            assertCutoff("32", Confidence.PROVISIONAL, "cors", caretaker, 6, 9, 12);
            assertCutoff("32", Confidence.PROVISIONAL, "ors", caretaker, 6, 12);
            assertCutoff("28", Confidence.PROVISIONAL, "ors", caretaker, 13, 17);
        }
        for (Informant rater : Informant.values()) {
            for (String alliance : List.of("srs", "csrs")) {
                assertEquals(Optional.of(new BigDecimal("36")), cutoff(alliance, rater, OptionalInt.empty()));
                assertEquals(Optional.of(new BigDecimal("36")), cutoff(alliance, rater, OptionalInt.of(8)));
            }
            for (String youngChild : List.of("ycors", "ycsrs")) {
                CutoffRule none = RULES.cutoff(youngChild, rater, OptionalInt.of(4)).orElseThrow();
                assertEquals(Optional.empty(), none.cutoff());
                assertEquals(Confidence.VERIFIED, none.source().confidence());
            }
        }
        // no rule is invented where the specification has none: an adult's collateral, an unknown age
        assertEquals(Optional.empty(), RULES.cutoff("ors", Informant.PARENT, OptionalInt.of(30)));
        assertEquals(Optional.empty(), RULES.cutoff("ors", Informant.SELF, OptionalInt.empty()));
        assertEquals(Optional.empty(), RULES.cutoff("cors", Informant.SELF, OptionalInt.of(5)));
    }

    private static void assertCutoff(String cutoff, Confidence confidence, String instrument, Informant rater,
                                     int... ages) {
        for (int age : ages) {
            CutoffRule rule = RULES.cutoff(instrument, rater, OptionalInt.of(age)).orElseThrow(() ->
                    new AssertionError("no cut-off for " + instrument + " " + rater + " " + age));
            assertEquals(0, new BigDecimal(cutoff).compareTo(rule.cutoff().orElseThrow()), instrument + " " + age);
            assertEquals(confidence, rule.source().confidence(), instrument + " " + rater + " " + age);
        }
    }

    private static Optional<BigDecimal> cutoff(String instrument, Informant rater, OptionalInt age) {
        return RULES.cutoff(instrument, rater, age).flatMap(CutoffRule::cutoff)
                .map(BigDecimal::stripTrailingZeros);
    }

    /** ors-srs.md section 4. */
    @Test
    void theReliableChangeValueAndAlertsAreTheSpecifications() {
        ReliableChangeRule adult = RULES.reliableChange("ors", Informant.SELF, OptionalInt.of(40)).orElseThrow();
        assertEquals(0, BigDecimal.valueOf(5).compareTo(adult.points()));
        assertEquals(Confidence.SECONDARY, adult.source().confidence());
        for (String instrument : List.of("ors", "cors")) {
            ReliableChangeRule child = RULES.reliableChange(instrument, Informant.PARENT, OptionalInt.of(10))
                    .orElseThrow();
            assertEquals(0, BigDecimal.valueOf(5).compareTo(child.points()));
            assertEquals(Confidence.PROVISIONAL, child.source().confidence());
        }
        assertEquals(Optional.empty(), RULES.reliableChange("srs", Informant.SELF, OptionalInt.of(40)));
        assertEquals(Optional.empty(), RULES.reliableChange("ycors", Informant.SELF, OptionalInt.of(4)));

        assertTrue(RULES.alerts().allianceBelowCutoff().enabled());
        assertTrue(RULES.alerts().allianceDrop().enabled());
        assertEquals(0, BigDecimal.ONE.compareTo(RULES.alerts().allianceDrop().points().orElseThrow()));
        assertTrue(RULES.alerts().earlyChange().enabled());
        assertEquals(OptionalInt.of(3), RULES.alerts().earlyChange().bySession());
        assertFalse(RULES.alerts().allianceScaleBelow().enabled(), "the SRS check-in is off by default");
        assertEquals(0, BigDecimal.valueOf(9).compareTo(RULES.alerts().allianceScaleBelow().points().orElseThrow()));
    }

    @Test
    void overlappingCutOffsAreRefused() {
        ObjectNode rules = good();
        ObjectNode copy = ((ObjectNode) rules.get("cutoffs").get(0)).deepCopy();
        ((ObjectNode) copy.get("ages")).put("min", 60);
        ((ArrayNode) rules.get("cutoffs")).add(copy);
        assertRefused(rules, "cutoffs[7]", "same forms as cutoffs[0]");
    }

    @Test
    void aCutOffWithTwoDecimalsIsRefused() {
        ObjectNode rules = good();
        ((ObjectNode) rules.get("cutoffs").get(0)).put("cutoff", new BigDecimal("24.95"));
        assertRefused(rules, "cutoffs[0].cutoff", "24.95", "more than one decimal");
    }

    @Test
    void anInstrumentThatMeasuresNothingIsRefused() {
        ObjectNode rules = good();
        ((ArrayNode) rules.get("cutoffs").get(0).get("instruments")).add("nosuch");
        assertRefused(rules, "cutoffs[0].instruments", "nosuch", "not in measures");
    }

    @Test
    void anInstrumentThatIsBothOutcomeAndAllianceIsRefused() {
        ObjectNode rules = good();
        ((ArrayNode) rules.get("measures").get("alliance")).add("ors");
        assertRefused(rules, "measures", "'ors' is both");
    }

    @Test
    void aReliableChangeForAnAllianceMeasureIsRefused() {
        ObjectNode rules = good();
        ((ArrayNode) rules.get("reliableChange").get(0).get("instruments")).add("srs");
        assertRefused(rules, "reliableChange[0].instruments", "'srs' is not an outcome measure");
    }

    @Test
    void anAlertWithoutItsNumberIsRefused() {
        ObjectNode rules = good();
        ((ObjectNode) rules.get("alerts").get("allianceDrop")).remove("points");
        ((ObjectNode) rules.get("alerts").get("earlyChange")).remove("bySession");
        Checked<OrsSrsRules> checked = OrsSrsRules.read(rules.toString(), "mine.json");
        assertEquals(List.of("mine.json: alerts.allianceDrop.points: the number of points is missing",
                "mine.json: alerts.earlyChange.bySession: the session is missing"), checked.problems());
    }

    @Test
    void anUnknownFieldIsRefusedByTheSchema() {
        ObjectNode rules = good();
        ((ObjectNode) rules.get("cutoffs").get(0)).put("cutof", 24);
        assertRefused(rules, "cutof");
    }

    private static ObjectNode good() {
        return (ObjectNode) SourceTree.json(DIR.resolve("pcoms-defaults.json"));
    }

    private static void assertRefused(JsonNode rules, String... fragments) {
        Checked<OrsSrsRules> checked = OrsSrsRules.read(rules.toString(), "mine.json");
        assertFalse(checked.isOk(), "broken rules were loaded");
        assertTrue(checked.problems().stream().anyMatch(p -> p.startsWith("mine.json: ")
                        && Stream.of(fragments).allMatch(p::contains)),
                () -> "no problem naming " + List.of(fragments) + " in " + checked.problems());
    }

    @Test
    void theUnbrokenCopyLoads() {
        assertTrue(OrsSrsRules.read(good().toString(), "mine.json").isOk(),
                () -> OrsSrsRules.read(good().toString(), "mine.json").problems().toString());
    }
}
