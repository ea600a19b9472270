package se.hlt.assessment.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import se.hlt.assessment.data.Checked;
import se.hlt.assessment.instrument.InstrumentCatalog;
import se.hlt.assessment.privacy.SyntheticIdentityNumbers;
import se.hlt.assessment.scoring.Form;
import se.hlt.assessment.scoring.FormContext;
import se.hlt.assessment.scoring.FormResult;
import se.hlt.assessment.scoring.Scorer;

/**
 * A personal identity number as a form's id is refused as a problem by every entry that returns values (reading a
 * form, reading a result), never written back and never echoed; the records themselves refuse it with an
 * exception ({@code IdentityNumberIdsTest}).
 */
class ResultJsonIdentityNumberTest {

    private static final String NUMBER = SyntheticIdentityNumbers.withDash(
            SyntheticIdentityNumbers.tenDigits("120517", "123"));

    @Test
    void aResultWhoseIdIsAPersonalNumberIsRefusedNamingTheFieldOnly() {
        FormResult result = Scorer.builtIn().score(Form.of("sdq-p-4-17-baseline", Map.of("consid", 1),
                FormContext.none().withId("k-17")));
        String edited = ResultJson.write(result).replace("\"k-17\"", "\"" + NUMBER + "\"");
        assertTrue(edited.contains(NUMBER), "the test edits the id");
        Checked<FormResult> read = ResultJson.read(edited);
        assertFalse(read.isOk());
        assertEquals(List.of("not a result: context.id: looks like a personal identity number; use a pseudonymous id"),
                read.problems());
        assertFalse(String.join(" ", read.problems()).contains(NUMBER.substring(0, 6)));
    }

    @Test
    void aFormWhoseIdIsAPersonalNumberIsAProblemNotAnException() {
        Checked<Form> read = FormJson.read("{\"instrument\": \"ors\", \"id\": \"" + NUMBER + "\", \"answers\": {}}",
                InstrumentCatalog.builtIn());
        assertFalse(read.isOk());
        assertTrue(read.problems().get(0).startsWith("id: "), read.problems().toString());
        assertFalse(String.join(" ", read.problems()).contains(NUMBER.substring(0, 6)));
    }
}
