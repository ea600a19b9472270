package se.hlt.assessment.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import se.hlt.assessment.data.Checked;
import se.hlt.assessment.instrument.Informant;
import se.hlt.assessment.instrument.InstrumentCatalog;
import se.hlt.assessment.scoring.Form;

/** ORS-family forms in JSON: marks read exactly into tenths at the boundary, and the rater. */
class FormJsonOrsTest {

    private final InstrumentCatalog catalog = InstrumentCatalog.builtIn();

    @Test
    void readsMarksExactlyIntoTenths() {
        Form form = FormJson.read("{\"instrument\": \"ors\", \"id\": \"k-1\", \"age\": 14, \"rater\": \"parent\","
                + " \"answers\": {\"individually\": 2.8, \"interpersonally\": 0, \"socially\": 10.0,"
                + " \"overall\": 5.5}}", catalog).orElseThrow();
        assertEquals(Map.of("individually", new BigDecimal("2.8"), "interpersonally", new BigDecimal("0.0"), "socially", new BigDecimal("10.0"), "overall", new BigDecimal("5.5")),
                form.answers());
        assertEquals(Optional.of(Informant.PARENT), form.context().rater());
        assertTrue(JsonSchemas.problems("/hlt/schema/form.schema.json", FormJson.write(form)).isEmpty());
    }

    @Test
    void aMarkWithTwoDecimalsIsAProblemNamingTheScale() {
        Checked<Form> form = FormJson.read("{\"instrument\": \"ors\", \"answers\": {\"individually\": 6.25,"
                + " \"interpersonally\": 6.2, \"socially\": 6.2, \"overall\": 6.2}}", catalog);
        assertFalse(form.isOk());
        assertEquals(1, form.problems().size(), form.problems().toString());
        String problem = form.problems().get(0);
        assertTrue(problem.startsWith("answers.individually: \"6.25\" has more than one decimal"), problem);
    }

    @Test
    void aMarkThatIsNotANumberIsAProblem() {
        Checked<Form> form = FormJson.read("{\"instrument\": \"ors\", \"answers\": {\"overall\": \"high\"}}",
                catalog);
        assertTrue(form.problems().get(0).startsWith("answers.overall: \"high\" is not a number"),
                form.problems().toString());
    }

    @Test
    void aTotalOnlyRecordIsReadAsTheTotalQuestion() {
        Form form = FormJson.read("{\"instrument\": \"srs\", \"answers\": {\"total\": 35.9}}", catalog)
                .orElseThrow();
        assertEquals(Map.of("total", new BigDecimal("35.9")), form.answers());
    }

    @Test
    void anUnknownRaterIsAProblem() {
        Checked<Form> form = FormJson.read("{\"instrument\": \"ors\", \"rater\": \"neighbour\", \"answers\": {}}",
                catalog);
        assertEquals("rater: must be self, parent, teacher or other (or leave it out)", form.problems().get(0));
    }

    @Test
    void theYoungChildRatingIsAWholeCode() {
        assertEquals(Form.of("ycors", Map.of("rating", 3)).answers(), FormJson.read("{\"instrument\": \"ycors\", \"answers\": {\"rating\": 3}}",
                catalog).orElseThrow().answers());
        assertFalse(FormJson.read("{\"instrument\": \"ycors\", \"answers\": {\"rating\": 2.5}}", catalog).isOk());
    }

    @Test
    void writesMarksAsDecimalsThatReadBackEqual() {
        Form form = Form.of("ors", Map.of("individually", new BigDecimal("2.8"), "overall", new BigDecimal("10.0")));
        String json = FormJson.write(form);
        assertTrue(json.contains("\"individually\" : 2.8"), json);
        assertTrue(json.contains("\"overall\" : 10.0"), json);
        assertEquals(form, FormJson.read(json, catalog).orElseThrow());
    }
}
