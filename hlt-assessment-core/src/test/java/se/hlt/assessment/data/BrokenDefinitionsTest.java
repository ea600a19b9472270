package se.hlt.assessment.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import se.hlt.assessment.instrument.InstrumentCatalog;
import se.hlt.assessment.instrument.InstrumentDefinition;

/**
 * A definition file with a mistake is refused, with a problem that names the file and the field, never loaded
 * half-right. Each case breaks one thing in an otherwise good copy of the parent 4-17 definition.
 */
class BrokenDefinitionsTest {

    private static final String ORIGIN = "broken.json";

    @Test
    void theUnbrokenCopyLoads() {
        // the control: every refusal below is caused by the one change made, not by the copy
        assertTrue(read(good()).isOk(), () -> read(good()).problems().toString());
    }

    @Test
    void anUnknownItemInAScaleIsRefused() {
        ObjectNode d = good();
        replaceItem(scale(d, "conduct"), "lies", "nosuch");
        assertRefusedNaming(d, "scales[conduct].items", "nosuch");
    }

    @Test
    void anItemInTwoScalesIsRefused() {
        ObjectNode d = good();
        ((ArrayNode) scale(d, "conduct").get("items")).add("somatic");
        assertRefusedNaming(d, "scales[conduct].items", "somatic", "already in another scale");
    }

    @Test
    void minAnsweredAboveTheItemCountIsRefused() {
        ObjectNode d = good();
        scale(d, "emotion").put("minAnswered", 6);
        assertRefusedNaming(d, "scales[emotion].minAnswered", "6");
    }

    @Test
    void aRecodeWithoutPointsForSomeCodeIsRefused() {
        ObjectNode d = good();
        ((ObjectNode) d.get("impact").get("recode")).remove("3");
        assertRefusedNaming(d, "impact[impact].recode", "code 3");
    }

    @Test
    void aQuestionThatNothingUsesIsRefused() {
        // ebddiff is both reported and the impact gate: take it out of both
        ObjectNode gated = good();
        ((ArrayNode) gated.get("reported")).remove(0);
        ((ObjectNode) gated.get("impact").get("gate")).put("question", "burden");
        assertRefusedNaming(gated, "questions[ebddiff]", "ignored");
    }

    @Test
    void anUnknownPropertyIsRefusedByTheSchema() {
        ObjectNode d = good();
        ((ObjectNode) d.get("questions").get(0)).put("wording", "item text must never be here");
        assertRefusedNaming(d, "questions[0]", "wording");
        // and the test suite's own schema check agrees, so it too can fail
        List<String> violations = SchemaCheck.of(SourceTree.coreResources().resolve("schema/instrument.schema.json"))
                .violations(d);
        assertTrue(violations.stream().anyMatch(v -> v.contains("wording")), violations::toString);
    }

    @Test
    void aRoundingOtherThanHalfUpIsRefusedByTheSchema() {
        ObjectNode d = good();
        scale(d, "hyper").put("rounding", "half_even");
        assertRefusedNaming(d, "scales[2].rounding");
    }

    @Test
    void aMissingRequiredFieldIsRefusedByTheSchema() {
        ObjectNode d = good();
        scale(d, "peer").remove("minAnswered");
        assertRefusedNaming(d, "scales[3]", "minAnswered");
    }

    @Test
    void aFollowOnQuestionThatIsNotOnTheFormIsRefused() {
        ObjectNode d = good();
        ((ArrayNode) d.get("impact").get("gate").get("followOn")).add("nosuch");
        assertRefusedNaming(d, "impact[impact].gate.followOn", "nosuch");
    }

    @Test
    void aScaleItemCannotBeSkippedByTheGate() {
        ObjectNode d = good();
        ((ArrayNode) d.get("impact").get("gate").get("followOn")).add("consid");
        assertRefusedNaming(d, "impact[impact].gate.followOn", "consid", "item of a scale");
    }

    @Test
    void aCompositeOfSomethingThatIsNotAScaleIsRefused() {
        ObjectNode d = good();
        ((ArrayNode) d.get("composites").get(0).get("sumOf")).add("impact");
        assertRefusedNaming(d, "composites[ebdtot].sumOf", "impact");
    }

    @Test
    void anImpactItemThatIsAlsoInAScaleIsRefused() {
        ObjectNode d = good();
        ((ArrayNode) d.get("impact").get("items")).add("worries");
        assertRefusedNaming(d, "impact[impact].items", "worries");
    }

    @Test
    void aQuestionOnAnUndeclaredResponseScaleIsRefused() {
        ObjectNode d = good();
        ((ObjectNode) d.get("questions").get(0)).put("responses", "no-such-scale");
        assertRefusedNaming(d, "questions[consid].responses", "no-such-scale");
    }

    /** A fresh, good copy of the parent 4-17 baseline definition. */
    private static ObjectNode good() {
        return (ObjectNode) SourceTree.json(SourceTree.instrumentsDir().resolve("sdq/sdq-p-4-17-baseline.json"));
    }

    private static Checked<InstrumentDefinition> read(JsonNode definition) {
        return InstrumentCatalog.read(definition.toString(), ORIGIN);
    }

    /** Asserts that the definition is refused, with one problem naming the file and containing every fragment. */
    private static void assertRefusedNaming(JsonNode definition, String... fragments) {
        Checked<InstrumentDefinition> checked = read(definition);
        assertFalse(checked.isOk(), "a broken definition was loaded");
        assertTrue(checked.problems().stream().anyMatch(p ->
                        p.startsWith(ORIGIN + ": ") && Arrays.stream(fragments).allMatch(p::contains)),
                () -> "no problem naming " + Arrays.toString(fragments) + " in " + checked.problems());
        assertEquals(Optional.empty(), checked.value());
    }

    private static ObjectNode scale(ObjectNode definition, String name) {
        for (JsonNode scale : definition.get("scales")) {
            if (scale.get("name").asText().equals(name)) {
                return (ObjectNode) scale;
            }
        }
        throw new IllegalArgumentException("no scale " + name);
    }

    private static void replaceItem(ObjectNode scale, String from, String to) {
        ArrayNode items = (ArrayNode) scale.get("items");
        for (int i = 0; i < items.size(); i++) {
            if (items.get(i).asText().equals(from)) {
                items.set(i, to);
                return;
            }
        }
        throw new IllegalArgumentException("no item " + from);
    }
}
