package se.hlt.assessment.comparison;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import se.hlt.assessment.data.Checked;
import se.hlt.assessment.data.DataFiles;
import se.hlt.assessment.instrument.Confidence;
import se.hlt.assessment.instrument.InstrumentCatalog;
import se.hlt.assessment.scoring.Form;
import se.hlt.assessment.scoring.FormContext;
import se.hlt.assessment.scoring.FormResult;
import se.hlt.assessment.scoring.Scorer;

/** The Added Value Score against sdq.md &sect;8, and its data file against its schema. */
class AddedValueScoreTest {

    private final AddedValueModel ford = AddedValueModel.ford2009();

    @Test
    void theSpecificationsExample() {
        // sdq.md 8: T1 ebdtot 20, impact 4, emotion 6; T2 ebdtot 14 -> AVS 3.3
        AddedValueScore avs = ford.score(Map.of("ebdtot", 20, "impact", 4, "emotion", 6), 14).orElseThrow();
        assertEquals(0, new BigDecimal("3.3").compareTo(avs.value()), avs.value()::toString);
        // 2.3 + 0.8*20 + 0.2*4 - 0.3*6 = 2.3 + 16 + 0.8 - 1.8
        assertEquals(0, new BigDecimal("17.3").compareTo(avs.predicted()));
        assertEquals(14, avs.observed());
        // effect size = AVS / 5
        assertEquals(0, new BigDecimal("0.66").compareTo(avs.effectSize()), avs.effectSize()::toString);
    }

    @Test
    void everyScoreCarriesTheCaveatInEnglishAndSwedishAndNamesItsModel() {
        AddedValueScore avs = ford.score(Map.of("ebdtot", 20, "impact", 4, "emotion", 6), 14).orElseThrow();
        assertTrue(avs.caveat().en().contains("±10 points"));
        assertTrue(avs.caveat().en().contains("not for judging one child"));
        assertTrue(avs.caveat().sv().contains("±10 poäng"));
        assertTrue(avs.caveat().sv().contains("inte för att bedöma ett enskilt barn"));
        assertEquals(0, BigDecimal.TEN.compareTo(avs.individualInterval95()));
        assertEquals("avs-ford2009", avs.model().id());
        assertEquals(Confidence.VERIFIED, avs.model().source().confidence());
    }

    @Test
    void theShippedModelConformsToItsSchemaAndHoldsTheSpecsCoefficients() {
        String json = DataFiles.resourceText("/hlt/avs/avs-ford2009.json");
        Checked<AddedValueModel> parsed = AddedValueModel.read(json, "avs-ford2009.json");
        assertTrue(parsed.isOk(), parsed.problems()::toString);
        AddedValueModel model = parsed.orElseThrow();
        assertEquals(ford, model);
        assertEquals("parent", model.informant().code());
        assertEquals(0, new BigDecimal("2.3").compareTo(model.prediction().intercept()));
        Map<String, BigDecimal> weights = new HashMap<>();
        model.prediction().baseline().forEach(t -> weights.put(t.score(), t.weight()));
        assertEquals(0, new BigDecimal("0.8").compareTo(weights.get("ebdtot")));
        assertEquals(0, new BigDecimal("0.2").compareTo(weights.get("impact")));
        assertEquals(0, new BigDecimal("-0.3").compareTo(weights.get("emotion")));
        assertEquals("ebdtot", model.outcome().score());
        assertEquals(0, new BigDecimal("5").compareTo(model.effectSizeDivisor()));
    }

    @Test
    void aModelFileWithoutItsCaveatIsRefused() {
        String json = DataFiles.resourceText("/hlt/avs/avs-ford2009.json").replaceFirst("\"caveat\"", "\"caveats\"");
        Checked<AddedValueModel> parsed = AddedValueModel.read(json, "broken.json");
        assertFalse(parsed.isOk());
        assertTrue(parsed.problems().stream().anyMatch(p -> p.contains("caveat")), parsed.problems()::toString);
    }

    @Test
    void aMissingOrImpossibleScoreIsAProblem() {
        assertEquals(List.of("baseline impact is missing", "follow-up ebdtot 41 is outside 0-40"),
                ford.score(Map.of("ebdtot", 20, "emotion", 6), 41).problems());
        assertEquals(List.of("baseline emotion 11 is outside 0-10"),
                ford.score(Map.of("ebdtot", 20, "impact", 4, "emotion", 11), 14).problems());
    }

    @Test
    void fromTwoParentFormsTheScoresAreTakenFromTheForms() {
        Scorer scorer = Scorer.builtIn();
        FormResult t1 = scorer.score(Form.of("sdq-p-4-17-baseline", everyQuestion("sdq-p-4-17-baseline", 2))
                .withContext(FormContext.none().withAge(9)));
        FormResult t2 = scorer.score(Form.of("sdq-p-4-17-followup", everyQuestion("sdq-p-4-17-followup", 1)));
        int e1 = t1.value("ebdtot").getAsInt();
        int i1 = t1.value("impact").getAsInt();
        int m1 = t1.value("emotion").getAsInt();
        int e2 = t2.value("ebdtot").getAsInt();
        AddedValueScore avs = ford.score(t1, t2, InstrumentCatalog.builtIn()).orElseThrow();
        BigDecimal expected = new BigDecimal("2.3").add(new BigDecimal("0.8").multiply(BigDecimal.valueOf(e1)))
                .add(new BigDecimal("0.2").multiply(BigDecimal.valueOf(i1)))
                .subtract(new BigDecimal("0.3").multiply(BigDecimal.valueOf(m1)))
                .subtract(BigDecimal.valueOf(e2));
        assertEquals(0, expected.compareTo(avs.value()), avs.value() + " vs " + expected);
        assertEquals(List.of(), avs.notes());
    }

    @Test
    void aTeacherFormIsRefused() {
        Scorer scorer = Scorer.builtIn();
        FormResult teacher = scorer.score(Form.of("sdq-t-4-17-baseline", everyQuestion("sdq-t-4-17-baseline", 2)));
        FormResult parent = scorer.score(Form.of("sdq-p-4-17-followup", everyQuestion("sdq-p-4-17-followup", 1)));
        Checked<AddedValueScore> avs = ford.score(teacher, parent, InstrumentCatalog.builtIn());
        assertEquals(List.of("baseline form sdq-t-4-17-baseline is not a parent report; the model avs-ford2009 is for "
                + "parent reports only"), avs.problems());
    }

    @Test
    void theParentTwoToFourVersionIsRefused() {
        Scorer scorer = Scorer.builtIn();
        FormResult young = scorer.score(Form.of("sdq-p-2-4-baseline", everyQuestion("sdq-p-2-4-baseline", 2)));
        FormResult parent = scorer.score(Form.of("sdq-p-4-17-followup", everyQuestion("sdq-p-4-17-followup", 1)));
        Checked<AddedValueScore> avs = ford.score(young, parent, InstrumentCatalog.builtIn());
        assertFalse(avs.isOk());
        assertTrue(avs.problems().get(0).contains("is not a version the model avs-ford2009 applies to"));
    }

    @Test
    void anAgeOutsideTheDerivationSampleIsNoted() {
        Scorer scorer = Scorer.builtIn();
        FormResult t1 = scorer.score(Form.of("sdq-p-4-17-baseline", everyQuestion("sdq-p-4-17-baseline", 2))
                .withContext(FormContext.none().withAge(17)));
        FormResult t2 = scorer.score(Form.of("sdq-p-4-17-followup", everyQuestion("sdq-p-4-17-followup", 1)));
        AddedValueScore avs = ford.score(t1, t2, InstrumentCatalog.builtIn()).orElseThrow();
        assertEquals(1, avs.notes().size());
        assertTrue(avs.notes().get(0).en().contains("outside the ages 5-16"));
    }

    /** Every question of the instrument version {@code id} answered {@code code} (0, 1 and 2 are valid for all). */
    private static Map<String, Integer> everyQuestion(String id, int code) {
        Map<String, Integer> answers = new HashMap<>();
        InstrumentCatalog.builtIn().find(id).orElseThrow().questions().forEach(q -> answers.put(q.name(), code));
        return answers;
    }
}
