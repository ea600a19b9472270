package se.hlt.assessment.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;
import se.hlt.assessment.data.Checked;
import se.hlt.assessment.instrument.InstrumentCatalog;
import se.hlt.assessment.instrument.Sex;
import se.hlt.assessment.privacy.SyntheticIdentityNumbers;
import se.hlt.assessment.scoring.Form;

class FormJsonTest {

    private final InstrumentCatalog instruments = InstrumentCatalog.builtIn();

    @Test
    void readsTheCanonicalShape() {
        String json = "{\"instrument\":\"sdq-p-4-17-baseline\",\"id\":\"k17\",\"age\":9,\"sex\":\"flicka\","
                + "\"answers\":{\"consid\":2,\"restles\":null,\"ebddiff\":1}}";
        Form form = FormJson.read(json, instruments).orElseThrow();
        assertEquals("sdq-p-4-17-baseline", form.instrument());
        assertEquals(Form.of(form.instrument(), Map.of("consid", 2, "ebddiff", 1)).answers(), form.answers());
        assertEquals(OptionalInt.of(9), form.context().age());
        assertEquals(Sex.FEMALE, form.context().sex().orElseThrow());
        assertEquals("k17", form.context().id().orElseThrow());
        assertTrue(JsonSchemas.problems("/hlt/schema/form.schema.json", json).isEmpty());
    }

    @Test
    void resolvesInformantVersionAndTimepointAndSections() {
        String json = "{\"informant\":\"teacher\",\"version\":\"2-4\",\"timepoint\":\"followup\","
                + "\"items\":{\"argues\":1},\"impact\":{\"ebddiff\":0},\"followup\":{\"fureduc\":3}}";
        Form form = FormJson.read(json, instruments).orElseThrow();
        assertEquals("sdq-t-2-4-followup", form.instrument());
        assertEquals(Form.of(form.instrument(), Map.of("argues", 1, "ebddiff", 0, "fureduc", 3)).answers(),
                form.answers());
    }

    @Test
    void listsEveryProblemNamingTheField() {
        String json = "{\"instrument\":\"sdq-p-4-17-baseline\",\"age\":\"nine\",\"colour\":1,"
                + "\"answers\":{\"consid\":1.5,\"restles\":\"x\"}}";
        Checked<Form> read = FormJson.read(json, instruments);
        assertFalse(read.isOk());
        assertEquals(4, read.problems().size(), read.problems().toString());
        assertTrue(read.problems().contains("answers.consid: \"1.5\" is not a whole number (a code as ticked, "
                + "or null when unanswered)"), read.problems().toString());
        assertTrue(read.problems().stream().anyMatch(p -> p.startsWith("age:")));
        assertTrue(read.problems().stream().anyMatch(p -> p.startsWith("colour:")));
    }

    @Test
    void refusesAnIdShapedLikeAPersonalIdentityNumberWithoutEchoingIt() {
        String number = SyntheticIdentityNumbers.tenDigits("120101", "123");
        String json = "{\"instrument\":\"sdq-p-4-17-baseline\",\"id\":\"" + number + "\",\"answers\":{}}";
        Checked<Form> read = FormJson.read(json, instruments);
        assertFalse(read.isOk());
        assertTrue(read.problems().stream().noneMatch(p -> p.contains(number)));
        assertTrue(read.problems().get(0).startsWith("id: looks like a personal identity number"));
    }

    @Test
    void aNumberAsTheInstrumentAQuestionOrAFieldNameIsAProblemNeverEchoed() {
        String number = SyntheticIdentityNumbers.withDash(SyntheticIdentityNumbers.tenDigits("091230", "064"));
        for (String json : List.of("{\"instrument\":\"" + number + "\",\"answers\":{}}",
                "{\"instrument\":\"sdq-p-4-17-baseline\",\"answers\":{\"" + number + "\":1}}",
                "{\"instrument\":\"nosuch\",\"answers\":{\"pnr " + number + "\":1}}",
                "{\"instrument\":\"sdq-p-4-17-baseline\",\"" + number + "\":1}")) {
            Checked<Form> read = FormJson.read(json, instruments); // the Form itself would refuse it, as an exception
            assertFalse(read.isOk(), json.length() + " characters read as a form");
            assertTrue(read.problems().stream().noneMatch(p -> p.contains(number.substring(0, 6))),
                    read.problems().size() + " problems; never echoed");
        }
    }

    @Test
    void notJsonIsAProblemNotAnException() {
        assertFalse(FormJson.read("{\"instrument\": ", instruments).isOk());
        assertFalse(FormJson.read("[1,2]", instruments).isOk());
    }

    @Test
    void writesWhatItReads() {
        Form form = Form.of("sdq-s-11-17-baseline", Map.of("consid", 0, "afraid", 2));
        assertEquals(form, FormJson.read(FormJson.write(form), instruments).orElseThrow());
    }
}
