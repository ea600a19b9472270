package se.hlt.assessment.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Arrays;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import se.hlt.assessment.instrument.InstrumentCatalog;
import se.hlt.assessment.instrument.InstrumentDefinition;

/**
 * The definition format's numeric ranges, decimals, raters and given totals are checked as strictly as the rest:
 * each case breaks one thing in an otherwise good copy of the ORS definition, which must then be refused with a
 * problem naming the field.
 */
class BrokenOrsDefinitionsTest {

    private static final String ORIGIN = "broken-ors.json";

    @Test
    void theUnbrokenCopyLoads() {
        assertTrue(read(good()).isOk(), () -> read(good()).problems().toString());
    }

    @Test
    void aResponseScaleWithBothOptionsAndARangeIsRefusedByTheSchema() {
        ObjectNode d = good();
        ((ObjectNode) d.get("responseScales").get(0)).putArray("options").addObject().put("code", 0).put("label", "a");
        assertRefused(d, "responseScales[0]");
    }

    @Test
    void decimalsOnAScaleOfOptionsAreRefused() {
        ObjectNode d = (ObjectNode) SourceTree.json(SourceTree.instrumentsDir().resolve("ors-srs/ycors.json"));
        ((ObjectNode) d.get("responseScales").get(0)).put("decimals", 1);
        assertRefused(d, "responseScales[faces].decimals", "only a range");
    }

    @Test
    void aRangeWithMinAboveMaxIsRefused() {
        ObjectNode d = good();
        ((ObjectNode) d.get("responseScales").get(0).get("range")).put("min", 101);
        assertFalse(read(d).isOk());
    }

    @Test
    void aCompositeMixingDecimalsIsRefused() {
        ObjectNode d = good();
        ObjectNode whole = ((ArrayNode) d.get("responseScales")).addObject().put("id", "whole");
        whole.putObject("range").put("min", 0).put("max", 10);
        ((ObjectNode) d.get("questions").get(3)).put("responses", "whole");
        assertRefused(d, "composites[total].sumOf", "different numbers of decimals");
    }

    @Test
    void aGivenTotalWithOtherDecimalsThanItsPartsIsRefused() {
        ObjectNode d = good();
        ((ObjectNode) d.get("responseScales").get(0)).put("decimals", 0);
        assertRefused(d, "composites[total].givenAs", "has 1 decimals");
    }

    @Test
    void aGivenTotalThatIsAlsoAScaleItemIsRefused() {
        ObjectNode d = good();
        ((ObjectNode) d.get("composites").get(0)).put("givenAs", "overall");
        assertRefused(d, "composites[total].givenAs", "overall", "also an item");
    }

    @Test
    void aGivenTotalThatIsNoQuestionIsRefused() {
        ObjectNode d = good();
        ((ObjectNode) d.get("composites").get(0)).put("givenAs", "nosuch");
        assertRefused(d, "composites[total].givenAs", "nosuch");
    }

    @Test
    void ratersThatLeaveOutTheInformantAreRefused() {
        ObjectNode d = good();
        ArrayNode raters = d.putArray("raters");
        raters.add("parent");
        assertRefused(d, "raters", "informant 'self'");
    }

    @Test
    void anUnknownRaterIsRefusedByTheSchema() {
        ObjectNode d = good();
        ((ArrayNode) d.get("raters")).add("grandparent");
        assertRefused(d, "raters");
    }

    private static ObjectNode good() {
        return (ObjectNode) SourceTree.json(SourceTree.instrumentsDir().resolve("ors-srs/ors.json"));
    }

    private static Checked<InstrumentDefinition> read(JsonNode definition) {
        return InstrumentCatalog.read(definition.toString(), ORIGIN);
    }

    private static void assertRefused(JsonNode definition, String... fragments) {
        Checked<InstrumentDefinition> checked = read(definition);
        assertFalse(checked.isOk(), "a broken definition was loaded");
        assertTrue(checked.problems().stream().anyMatch(p ->
                        p.startsWith(ORIGIN + ": ") && Arrays.stream(fragments).allMatch(p::contains)),
                () -> "no problem naming " + Arrays.toString(fragments) + " in " + checked.problems());
        assertEquals(Optional.empty(), checked.value());
    }
}
