package se.hlt.assessment.json;

import se.hlt.assessment.privacy.SyntheticIdentityNumbers;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import se.hlt.assessment.comparison.ChangeStatus;
import se.hlt.assessment.data.Checked;
import se.hlt.assessment.data.DataFiles;
import se.hlt.assessment.instrument.Informant;
import se.hlt.assessment.instrument.InstrumentCatalog;
import se.hlt.assessment.scoring.Form;
import se.hlt.assessment.series.OutcomeSummary;
import se.hlt.assessment.series.Series;
import se.hlt.assessment.series.SeriesResult;
import se.hlt.assessment.series.SeriesScorer;
import se.hlt.assessment.series.SessionForm;
import se.hlt.assessment.series.Sessions;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SeriesJsonTest {

    private final InstrumentCatalog catalog = InstrumentCatalog.builtIn();
    private final SeriesScorer scorer = SeriesScorer.builtIn();

    static String example(String name) throws IOException {
        return Files.readString(Path.of(System.getProperty("basedir", "."), "..", "examples", name));
    }

    @Test
    void readsTheExampleSeries() throws IOException {
        String json = example("ors-series.json");
        assertTrue(SeriesJson.isSeries(json));
        assertEquals(Set.of(), JsonSchemas.problems("/hlt/schema/series.schema.json", json));
        Series series = SeriesJson.read(json, catalog).orElseThrow();
        assertEquals("k-0417", series.client());
        assertEquals(Optional.of("2026-1"), series.episode());
        assertEquals(10, series.forms().size());
        SessionForm first = series.forms().get(0);
        assertEquals(1, first.row());
        assertEquals(Map.of("individually", new BigDecimal("4.5"), "interpersonally", new BigDecimal("5.0"), "socially", new BigDecimal("4.2"), "overall", new BigDecimal("4.6")),
                first.form().answers());
        assertEquals(Optional.of("k-0417"), first.form().context().id());
        assertEquals(Optional.of(Informant.PARENT), series.forms().get(2).form().context().rater());
    }

    @Test
    void theExampleSeriesScoresAsItsNoteSays() throws IOException {
        SeriesResult result = scorer.score(SeriesJson.read(example("ors-series.json"), catalog).orElseThrow());
        assertEquals(List.of(), result.problems());
        OutcomeSummary child = result.tracks().get(0).outcome().orElseThrow();
        assertEquals(Optional.of(new BigDecimal("18.3")), child.intakeTotal());
        assertEquals(Optional.of(new BigDecimal("28.1")), child.latestTotal());
        assertEquals(Optional.of(ChangeStatus.IMPROVED), child.reliableChange());
        assertEquals(Optional.of(true), child.clinicallySignificant());
        assertEquals(List.of(2), result.tracks().get(0).allianceAlertSessions());
        OutcomeSummary parent = result.tracks().get(1).outcome().orElseThrow();
        assertEquals(Optional.of(ChangeStatus.NO_RELIABLE_CHANGE), parent.reliableChange());
    }

    @Test
    void writesAScoredSeriesThatFollowsItsSchemaWithExactDecimals() throws IOException {
        SeriesResult result = scorer.score(SeriesJson.read(example("ors-series.json"), catalog).orElseThrow());
        String json = SeriesJson.write(result);
        assertEquals(Set.of(), JsonSchemas.problems("/hlt/schema/series-result.schema.json", json), json);
        JsonNode tree = DataFiles.mapper().readTree(json);
        JsonNode outcome = tree.get("tracks").get(0).get("outcome");
        assertEquals("18.3", outcome.get("intake").get("total").asText());
        assertEquals("9.8", outcome.get("change").asText());
        assertEquals("improved", outcome.get("reliableChange").asText());
        assertTrue(json.contains("\"kind\" : \"alliance_drop\""), json);
        // and every problem row of a series with problems is written, with its reason
        SeriesResult withProblems = scorer.score(Series.of("k", List.of(Sessions.total(1, 1, "ors", 200),
                Sessions.total(2, 1, "ors", 210))));
        String problems = SeriesJson.write(withProblems);
        assertEquals(Set.of(), JsonSchemas.problems("/hlt/schema/series-result.schema.json", problems), problems);
        assertTrue(problems.contains("\"kind\" : \"duplicate_session\""), problems);
    }

    @Test
    void writesOneAssessedFormThatFollowsTheSchema() throws IOException {
        Form form = FormJson.read(example("ors-form.json"), catalog).orElseThrow();
        String json = SeriesJson.write(scorer.assessForm(form).orElseThrow());
        assertEquals(Set.of(), JsonSchemas.problems("/hlt/schema/series-result.schema.json", json), json);
        assertTrue(json.contains("\"total\" : 18.3"), json);
        assertTrue(json.contains("\"clinical\" : true"), json);
    }

    @Test
    void everyProblemNamesTheSessionAndTheField() {
        String json = "{\"client\": \"k-1\", \"sessions\": ["
                + "{\"session\": 1, \"instrument\": \"ors\", \"answers\": {\"individually\": 6.25}},"
                + "{\"session\": 0, \"date\": \"12/1/2026\", \"instrument\": \"srs\", \"answers\": {}}]}";
        Checked<Series> series = SeriesJson.read(json, catalog);
        assertFalse(series.isOk());
        assertEquals(3, series.problems().size(), series.problems().toString());
        assertTrue(series.problems().get(0).startsWith("sessions[1].answers.individually: \"6.25\" has more than"),
                series.problems().toString());
        assertTrue(series.problems().get(1).startsWith("sessions[2].session"), series.problems().toString());
        assertTrue(series.problems().get(2).startsWith("sessions[2].date"), series.problems().toString());
    }

    @Test
    void aClientThatLooksLikeAPersonalIdentityNumberIsRefusedWithoutEchoingIt() {
        Checked<Series> series = SeriesJson.read("{\"client\": \"" + SyntheticIdentityNumbers.withDash(SyntheticIdentityNumbers.tenDigits("121212", "121")) + "\", \"sessions\": []}", catalog);
        assertEquals(List.of("client: looks like a personal identity number; use a pseudonymous id"),
                series.problems());
    }
}
