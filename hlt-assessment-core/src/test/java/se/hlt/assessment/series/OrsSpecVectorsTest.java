package se.hlt.assessment.series;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import se.hlt.assessment.data.Checked;
import se.hlt.assessment.instrument.Informant;
import se.hlt.assessment.instrument.InstrumentDefinition;
import se.hlt.assessment.instrument.ScaleRule;
import se.hlt.assessment.json.FormJson;
import se.hlt.assessment.norms.MeasureRole;
import se.hlt.assessment.scoring.Form;
import se.hlt.assessment.scoring.FormContext;
import se.hlt.assessment.scoring.FormResult;
import se.hlt.assessment.scoring.ProblemKind;
import se.hlt.assessment.scoring.Status;
import se.hlt.assessment.spec.SpecFiles;

/**
 * Every case of {@code ../shared/spec/vectors/ors-srs.json}: each form goes in as JSON, through the same boundary as
 * a user's file, and each series as total-only forms (an alliance series with a parent's ORS at each session, since
 * an SRS without an ORS of its session is not followed). Every expectation a case names is checked; a name this test
 * does not know fails it, so that no expectation is silently skipped.
 */
class OrsSpecVectorsTest {

    private static final Set<String> FORM_EXPECTATIONS =
            Set.of("total", "clinical", "cutoff", "complete", "error", "alliance_alert", "rating");
    private static final Set<String> SERIES_EXPECTATIONS =
            Set.of("change", "reliable", "clinically_significant", "alliance_alert_at_session");

    private final SeriesScorer scorer = SeriesScorer.builtIn();

    @Test
    void theVectorFileHasFormsAndSeries() throws IOException {
        JsonNode vectors = SpecFiles.vectors("ors-srs.json");
        assertTrue(vectors.get("forms").size() >= 13);
        assertTrue(vectors.get("series").size() >= 5);
    }

    @TestFactory
    Stream<DynamicTest> everyForm() throws IOException {
        JsonNode forms = SpecFiles.vectors("ors-srs.json").get("forms");
        return Stream.iterate(0, i -> i < forms.size(), i -> i + 1).map(forms::get)
                .map(c -> DynamicTest.dynamicTest(c.get("name").asText(), () -> checkForm(c)));
    }

    @TestFactory
    Stream<DynamicTest> everySeries() throws IOException {
        JsonNode series = SpecFiles.vectors("ors-srs.json").get("series");
        return Stream.iterate(0, i -> i < series.size(), i -> i + 1).map(series::get)
                .map(c -> DynamicTest.dynamicTest(c.get("name").asText(), () -> checkSeries(c)));
    }

    private void checkForm(JsonNode c) throws IOException {
        JsonNode expected = c.get("expected");
        expected.fieldNames().forEachRemaining(k -> assertTrue(FORM_EXPECTATIONS.contains(k), "unknown: " + k));
        String instrument = c.get("instrument").asText().toLowerCase(java.util.Locale.ROOT);
        List<String> scales = scaleNames(instrument);
        ObjectNode json = new ObjectMapper().createObjectNode().put("instrument", instrument)
                .put("age", c.get("age").asInt());
        ObjectNode answers = json.putObject("answers");
        for (int i = 0; i < c.get("scales").size(); i++) {
            answers.set(scales.get(i), c.get("scales").get(i));
        }
        // the vector file's numbers, exactly as written there (6.25 must stay 6.25)
        Checked<Form> form = FormJson.read(json.toString(), scorer.scorer().instruments());
        if (expected.has("error")) {
            checkError(expected.get("error").asText(), form, scales.get(0));
            return;
        }
        SessionResult result = scorer.assessForm(form.orElseThrow()).orElseThrow();
        assertTrue(result.form().isValid(), result.form().problems().toString());
        if (expected.has("total")) {
            assertEquals(decimal(expected.get("total")), result.total(), "total");
        }
        if (expected.has("clinical")) {
            assertEquals(bool(expected.get("clinical")), result.clinical(), "clinical");
        }
        if (expected.has("cutoff")) {
            assertEquals(0, expected.get("cutoff").decimalValue().compareTo(result.cutoffValue().orElseThrow()),
                    "cutoff");
        }
        if (expected.has("complete")) {
            assertEquals(expected.get("complete").asBoolean(), result.form().status() == Status.COMPLETE, "complete");
        }
        if (expected.has("alliance_alert")) {
            assertEquals(expected.get("alliance_alert").asBoolean(), result.allianceAlert(), "alliance alert");
        }
        if (expected.has("rating")) {
            assertEquals(OptionalInt.of(expected.get("rating").asInt()), result.form().value("rating"), "rating");
        }
    }

    /** An error is a problem naming the scale: at the JSON boundary (decimals) or from the engine (range). */
    private void checkError(String error, Checked<Form> form, String firstScale) {
        if (error.equals("more than one decimal")) {
            assertFalse(form.isOk());
            assertTrue(form.problems().stream().anyMatch(p -> p.contains(firstScale) && p.contains(error)),
                    form.problems().toString());
        } else if (error.equals("out of range")) {
            FormResult result = scorer.scorer().score(form.orElseThrow());
            assertEquals(Status.INVALID, result.status());
            assertEquals(ProblemKind.OUT_OF_RANGE, result.problems().get(0).kind());
            assertEquals(firstScale, result.problems().get(0).field());
            assertTrue(result.problems().get(0).message().contains(error), result.problems().get(0).message());
        } else {
            throw new AssertionError("an error this test does not know: " + error);
        }
    }

    private void checkSeries(JsonNode c) {
        JsonNode expected = c.get("expected");
        expected.fieldNames().forEachRemaining(k -> assertTrue(SERIES_EXPECTATIONS.contains(k), "unknown: " + k));
        String instrument = c.get("instrument").asText().toLowerCase(java.util.Locale.ROOT);
        List<SessionForm> forms = new ArrayList<>();
        for (int i = 0; i < c.get("totals").size(); i++) {
            Form form = Form.of(instrument, Map.of("total", c.get("totals").get(i).decimalValue()))
                    .withContext(FormContext.none().withAge(c.get("age").asInt()));
            forms.add(new SessionForm(i + 1, i + 1, Optional.empty(), form));
            if (scorer.rules().roleOf(instrument).orElseThrow() == MeasureRole.ALLIANCE) {
                // an SRS pairs with the ORS of its session (ors-srs.md section 5): a parent's ORS gives it one
                // without adding to the child's own track, which is the one the vector describes
                forms.add(new SessionForm(100 + i, i + 1, Optional.empty(), Form.of("ors", Map.of("total", 20))
                        .withContext(FormContext.none().withAge(c.get("age").asInt()).withRater(Informant.PARENT))));
            }
        }
        SeriesResult result = scorer.score(Series.of("vector", forms));
        assertEquals(List.of(), result.problems());
        List<Track> own = result.tracks().stream().filter(t -> t.rater() == Informant.SELF).toList();
        assertEquals(1, own.size());
        Track track = own.get(0);
        if (expected.has("change")) {
            OutcomeSummary outcome = track.outcome().orElseThrow();
            assertEquals(decimal(expected.get("change")), outcome.change(), "change");
        }
        if (expected.has("reliable")) {
            assertEquals(expected.get("reliable").asText(),
                    track.outcome().orElseThrow().reliableChange().orElseThrow().code(), "reliable change");
        }
        if (expected.has("clinically_significant")) {
            assertEquals(bool(expected.get("clinically_significant")),
                    track.outcome().orElseThrow().clinicallySignificant(), "clinically significant");
        }
        if (expected.has("alliance_alert_at_session")) {
            List<Integer> sessions = new ArrayList<>();
            expected.get("alliance_alert_at_session").forEach(n -> sessions.add(n.asInt()));
            assertEquals(sessions, track.allianceAlertSessions(), "alliance alerts at sessions");
        }
    }

    private List<String> scaleNames(String instrument) {
        InstrumentDefinition d = scorer.scorer().instruments().find(instrument).orElseThrow();
        return d.scales().stream().map(ScaleRule::name).toList();
    }

    private static Optional<BigDecimal> decimal(JsonNode n) {
        return n.isNull() ? Optional.empty() : Optional.of(n.decimalValue().setScale(1));
    }

    private static Optional<Boolean> bool(JsonNode n) {
        return n.isNull() ? Optional.empty() : Optional.of(n.asBoolean());
    }

}
