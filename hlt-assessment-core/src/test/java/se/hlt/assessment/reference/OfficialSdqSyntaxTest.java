package se.hlt.assessment.reference;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.util.HashMap;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import se.hlt.assessment.reference.OfficialSdqSyntax.Version;
import se.hlt.assessment.spec.SpecFiles;

/**
 * Checks the reference implementation itself before it is trusted to judge the engine: it must score every spec
 * vector as the spec says, and follow the rules of sdq.md on a few hand-made forms.
 */
class OfficialSdqSyntaxTest {

    @TestFactory
    Stream<DynamicTest> scoresEverySpecVectorAsTheSpecSays() throws IOException {
        JsonNode cases = SpecFiles.vectors("sdq.json").get("cases");
        return Stream.iterate(0, i -> i < cases.size(), i -> i + 1)
                .map(cases::get)
                .map(c -> DynamicTest.dynamicTest(c.get("name").asText(), () -> checkVector(c)));
    }

    private static void checkVector(JsonNode c) {
        String prefix = prefixOf(c.get("informant").asText());
        Version version = c.get("version").asText().equals("2-4") ? Version.AGE_2_4 : Version.AGE_4_17;
        Map<String, Integer> data = new HashMap<>();
        for (String section : new String[] {"items", "impact"}) {
            c.get(section).fields().forEachRemaining(e ->
                    data.put(prefix + e.getKey(), e.getValue().isNull() ? null : e.getValue().asInt()));
        }
        Map<String, Integer> scores = OfficialSdqSyntax.score(prefix, version, data);
        c.get("expected").get("scores").fields().forEachRemaining(e -> assertEquals(
                e.getValue().isNull() ? null : e.getValue().asInt(), scores.get(prefix + e.getKey()), e.getKey()));
    }

    private static String prefixOf(String informant) {
        switch (informant) {
            case "parent": return "p";
            case "teacher": return "t";
            case "self": return "s";
            default: throw new IllegalArgumentException(informant);
        }
    }

    @Test
    void threeItemsGivingFourPointsProrateToSeven() {
        // sdq.md's own example: 4 points from 3 items, 4/3 * 5 = 6.67 -> 7
        Map<String, Integer> data = Map.of("psomatic", 2, "pworries", 1, "punhappy", 1);
        assertEquals(7, OfficialSdqSyntax.score("p", Version.AGE_4_17, data).get("pemotion"));
    }

    @Test
    void aHalfRoundsUpNeverToEven() {
        // four items summing to 2: 2/4 * 5 = 2.5 -> 3 (half-even would give 2)
        Map<String, Integer> data = Map.of("psomatic", 1, "pworries", 1, "punhappy", 0, "pclingy", 0);
        assertEquals(3, OfficialSdqSyntax.score("p", Version.AGE_4_17, data).get("pemotion"));
    }

    @Test
    void twoItemsAreTooFewAndTakeTheTotalWithThem() {
        Map<String, Integer> scores = OfficialSdqSyntax.score("p", Version.AGE_4_17,
                Map.of("psomatic", 2, "pworries", 2));
        assertNull(scores.get("pemotion"));
        assertNull(scores.get("pebdtot"));
        assertNull(scores.get("pintern"));
    }

    @Test
    void noDifficultiesForcesImpactToZeroEvenWithImpactAnswered() {
        Map<String, Integer> scores = OfficialSdqSyntax.score("t", Version.AGE_4_17,
                Map.of("tebddiff", 0, "tdistres", 3, "timpclas", 3));
        assertEquals(0, scores.get("timpact"));
    }

    @Test
    void teacherImpactIgnoresTheParentOnlyItems() {
        Map<String, Integer> scores = OfficialSdqSyntax.score("t", Version.AGE_4_17,
                Map.of("tebddiff", 2, "tdistres", 3, "timphome", 3, "timpleis", 3));
        assertEquals(2, scores.get("timpact"));
    }
}
