package se.hlt.assessment.scoring;

import static org.junit.jupiter.api.Assertions.assertEquals;

import net.jqwik.api.Arbitrary;
import net.jqwik.api.Assume;
import net.jqwik.api.EdgeCasesMode;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.PropertyDefaults;
import net.jqwik.api.Provide;
import se.hlt.assessment.instrument.ImpactRule;

/**
 * The impact gate of sdq.md section 4: when the respondent says there are no difficulties ({@code ebddiff} = 0)
 * the impact score is 0 whatever the follow-on answers, even when they are all missing; and a result flags impact
 * answers that contradict the gate, without changing the score.
 */
@PropertyDefaults(tries = 500, edgeCases = EdgeCasesMode.NONE)
class ImpactGateProperties {

    @Property
    void noDifficultiesMeansImpactZeroWithAWarningExactlyWhenImpactIsAnswered(
            @ForAll("gateSaysNo") GeneratedForm form) {
        FormResult result = form.scoreArray();
        assertEquals(0, result.value("impact").orElseThrow());
        boolean impactAnswered = impactItems(form).items().stream()
                .anyMatch(item -> form.code(item) != PreparedInstrument.MISSING);
        assertEquals(impactAnswered, hasGateWarning(result), () -> "warnings " + result.warnings());
    }

    @Property
    void withoutTheGateSayingNoThereIsNoGateWarning(@ForAll("anyForm") GeneratedForm form) {
        Assume.that(form.code("ebddiff") != 0);
        assertEquals(false, hasGateWarning(form.scoreArray()));
    }

    private static boolean hasGateWarning(FormResult result) {
        return result.warnings().stream().anyMatch(w ->
                w.kind() == WarningKind.IMPACT_ANSWERED_WITHOUT_DIFFICULTIES && w.field().equals("ebddiff"));
    }

    private static ImpactRule impactItems(GeneratedForm form) {
        return form.definition().impact().orElseThrow();
    }

    @Provide
    Arbitrary<GeneratedForm> gateSaysNo() {
        return GeneratedForms.any().map(form -> form.with("ebddiff", 0));
    }

    @Provide
    Arbitrary<GeneratedForm> anyForm() {
        return GeneratedForms.any();
    }
}
