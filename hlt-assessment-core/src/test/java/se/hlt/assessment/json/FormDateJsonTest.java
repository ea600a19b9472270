package se.hlt.assessment.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import se.hlt.assessment.data.Checked;
import se.hlt.assessment.instrument.InstrumentCatalog;
import se.hlt.assessment.scoring.Form;
import se.hlt.assessment.scoring.FormContext;
import se.hlt.assessment.scoring.FormResult;
import se.hlt.assessment.scoring.Scorer;

/** A form's optional date: read, written, kept in a result, and a wrong one a problem naming the field. */
class FormDateJsonTest {

    private final InstrumentCatalog instruments = InstrumentCatalog.builtIn();

    @Test
    void aDatedFormReadsAndWritesItsDate() {
        String json = "{\"instrument\": \"sdq-p-4-17-baseline\", \"id\": \"k-1\", \"date\": \"2025-03-14\","
                + " \"answers\": {\"consid\": 2}}";
        Form form = FormJson.read(json, instruments).orElseThrow();
        assertEquals(Optional.of(LocalDate.of(2025, 3, 14)), form.context().date());
        String written = FormJson.write(form, instruments);
        assertTrue(written.contains("\"date\" : \"2025-03-14\""), written);
        assertEquals(form, FormJson.read(written, instruments).orElseThrow());
        assertEquals(Set.of(), JsonSchemas.problems("/hlt/schema/form.schema.json", written), written);
    }

    @Test
    void aFormWithoutADateHasNone() {
        Form form = FormJson.read("{\"instrument\": \"sdq-p-4-17-baseline\", \"answers\": {}}", instruments)
                .orElseThrow();
        assertEquals(Optional.empty(), form.context().date());
        assertFalse(FormJson.write(form, instruments).contains("date"));
    }

    @Test
    void anUnreadableDateIsAProblemNamingTheField() {
        for (String date : new String[] {"\"14/03/2025\"", "\"2025-02-29\"", "\"2025-3-14\"", "20250314", "\"\""}) {
            Checked<Form> read = FormJson.read("{\"instrument\": \"sdq-p-4-17-baseline\", \"date\": " + date
                    + ", \"answers\": {}}", instruments);
            assertFalse(read.isOk(), date);
            assertTrue(read.problems().stream().anyMatch(p -> p.startsWith("date: must be the day")),
                    date + ": " + read.problems());
        }
    }

    @Test
    void aResultKeepsItsDateAndFollowsTheSchema() {
        FormResult result = Scorer.builtIn().score(Form.of("sdq-p-4-17-baseline", Map.of("consid", 1),
                FormContext.none().withId("k-2").withDate(LocalDate.of(2025, 9, 1))));
        String json = ResultJson.write(result);
        assertTrue(json.contains("\"date\" : \"2025-09-01\""), json);
        assertEquals(Set.of(), JsonSchemas.problems("/hlt/schema/result.schema.json", json), json);
        assertEquals(result, ResultJson.read(json).orElseThrow());
    }
}
