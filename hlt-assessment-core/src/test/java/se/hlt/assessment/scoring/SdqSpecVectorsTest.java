package se.hlt.assessment.scoring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import se.hlt.assessment.instrument.Informant;
import se.hlt.assessment.instrument.InstrumentDefinition;
import se.hlt.assessment.instrument.Timepoint;
import se.hlt.assessment.spec.SpecFiles;

/** Every case of {@code ../shared/spec/vectors/sdq.json}, scored through the public API. */
class SdqSpecVectorsTest {

    private final Scorer scorer = Scorer.builtIn();

    @Test
    void theVectorFileHasCases() throws IOException {
        assertTrue(SpecFiles.vectors("sdq.json").get("cases").size() >= 30);
    }

    @TestFactory
    Stream<DynamicTest> everyCase() throws IOException {
        JsonNode cases = SpecFiles.vectors("sdq.json").get("cases");
        return Stream.iterate(0, i -> i < cases.size(), i -> i + 1)
                .map(cases::get)
                .map(c -> DynamicTest.dynamicTest(c.get("name").asText(), () -> check(c)));
    }

    private void check(JsonNode c) {
        InstrumentDefinition definition = scorer.instruments()
                .find("sdq", c.get("version").asText(), Informant.parse(c.get("informant").asText()),
                        Timepoint.parse(c.get("timepoint").asText()))
                .orElseThrow();
        Map<String, Integer> answers = new HashMap<>();
        addAnswers(c.get("items"), answers);
        addAnswers(c.get("impact"), answers);
        FormResult result = scorer.score(Form.of(definition.id(), answers));
        assertTrue(result.isValid(), () -> result.problems().toString());

        JsonNode expected = c.get("expected");
        expected.get("scores").fields().forEachRemaining(e ->
                assertEquals(optionalInt(e.getValue()), result.value(e.getKey()), "score " + e.getKey()));
        expected.get("answered").fields().forEachRemaining(e ->
                assertEquals(e.getValue().asInt(), result.score(e.getKey()).orElseThrow().answered(),
                        "answered " + e.getKey()));
        Set<String> prorated = new TreeSet<>();
        expected.get("prorated").forEach(n -> prorated.add(n.asText()));
        assertEquals(prorated, new TreeSet<>(result.proratedScales()), "prorated scales");
        for (String scheme : List.of("band3", "band4")) {
            expected.get(scheme).fields().forEachRemaining(e -> {
                Optional<String> band = result.score(e.getKey()).flatMap(s -> s.band(scheme));
                Optional<String> want = e.getValue().isNull() ? Optional.empty() : Optional.of(e.getValue().asText());
                assertEquals(want, band, scheme + " of " + e.getKey());
            });
        }
        assertFalse(result.scores().isEmpty());
    }

    private static void addAnswers(JsonNode section, Map<String, Integer> answers) {
        for (Iterator<Map.Entry<String, JsonNode>> it = section.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            if (!e.getValue().isNull()) {
                answers.put(e.getKey(), e.getValue().asInt());
            }
        }
    }

    private static OptionalInt optionalInt(JsonNode node) {
        return node.isNull() ? OptionalInt.empty() : OptionalInt.of(node.asInt());
    }
}
