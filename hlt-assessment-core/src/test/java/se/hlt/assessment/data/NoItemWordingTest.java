package se.hlt.assessment.data;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * The SDQ's wording is copyrighted: a definition holds item numbers, short names and short keys only. This is a
 * structural guard, not a proof: it makes sure there is nowhere in a question to put wording, that response labels
 * are keys rather than sentences, and that no long text hides anywhere but in the source's citation and note.
 */
class NoItemWordingTest {

    private static final Set<String> QUESTION_FIELDS = Set.of("number", "name", "responses", "reverse", "replaces",
            "prefixOptional");
    /** Up to 16 characters: the SDQ's names have at most 7, the ORS's scale names up to 15 (interpersonally). */
    private static final Pattern SHORT_NAME = Pattern.compile("[a-z][a-z0-9_]{0,15}");
    private static final Pattern SHORT_KEY = Pattern.compile("[a-z0-9_]{1,24}");
    /** Longer than any scale or version name; shorter than an item's wording would be. */
    private static final int LONGEST_TEXT = 70;

    @TestFactory
    Stream<DynamicTest> noDefinitionHoldsItemWording() {
        return SourceTree.dataFilesBelow(SourceTree.instrumentsDir()).stream().map(file ->
                DynamicTest.dynamicTest(file, () ->
                        assertEquals(List.of(), wordingFaults(SourceTree.json(SourceTree.instrumentsDir()
                                .resolve(file))), file)));
    }

    /** Every place in a definition where wording could be, or seems to be. */
    static List<String> wordingFaults(JsonNode definition) {
        List<String> faults = new ArrayList<>();
        for (JsonNode q : definition.path("questions")) {
            q.fieldNames().forEachRemaining(field -> {
                if (!QUESTION_FIELDS.contains(field)) {
                    faults.add("question " + q.path("name").asText() + " has a field '" + field + "'");
                }
            });
            if (!SHORT_NAME.matcher(q.path("name").asText()).matches()) {
                faults.add("question name '" + q.path("name").asText() + "' is not a short name");
            }
        }
        for (JsonNode scale : definition.path("responseScales")) {
            for (JsonNode option : scale.path("options")) {
                if (!SHORT_KEY.matcher(option.path("label").asText()).matches()) {
                    faults.add("response label '" + option.path("label").asText() + "' is not a short key");
                }
            }
        }
        longTexts(definition, "$", faults);
        return faults;
    }

    /** Any text longer than {@link #LONGEST_TEXT} outside {@code $.source}. */
    private static void longTexts(JsonNode node, String path, List<String> faults) {
        if (path.equals("$.source")) {
            return;
        }
        if (node.isTextual() && node.asText().length() > LONGEST_TEXT) {
            faults.add(path + " holds a text of " + node.asText().length() + " characters");
        }
        for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> field = it.next();
            longTexts(field.getValue(), path + "." + field.getKey(), faults);
        }
        for (int i = 0; node.isArray() && i < node.size(); i++) {
            longTexts(node.get(i), path + "[" + i + "]", faults);
        }
    }

    @Test
    void theGuardNoticesWordingInAQuestionALabelOrAnywhereElse() {
        JsonNode definition = SourceTree.json(SourceTree.instrumentsDir().resolve("sdq/sdq-p-4-17-baseline.json"));
        ((ObjectNode) definition.get("questions").get(0)).put("text", "x");
        ((ObjectNode) definition.get("responseScales").get(0).get("options")
                .get(0)).put("label", "Not true at all for this child");
        ((ObjectNode) definition.get("name")).put("en", "x".repeat(80));
        assertEquals(List.of("question consid has a field 'text'",
                "response label 'Not true at all for this child' is not a short key",
                "$.name.en holds a text of 80 characters"), wordingFaults(definition));
    }
}
