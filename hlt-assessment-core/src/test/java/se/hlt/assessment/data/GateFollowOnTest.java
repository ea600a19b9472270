package se.hlt.assessment.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import se.hlt.assessment.instrument.Gate;
import se.hlt.assessment.instrument.InstrumentCatalog;
import se.hlt.assessment.instrument.InstrumentDefinition;
import se.hlt.assessment.instrument.Timepoint;

/**
 * The shipped SDQ definitions list which questions the form's "if you answered yes" block holds, so that form
 * entry skips exactly those when the respondent says there are no difficulties (sdq.md sections 4 and 5).
 */
class GateFollowOnTest {

    /** The SDQ versions: the forms with an impact supplement behind a gate question. */
    private static List<InstrumentDefinition> sdq() {
        return InstrumentCatalog.builtIn().all().stream().filter(d -> d.family().equals("sdq")).toList();
    }

    @Test
    void everyImpactItemAndBurdenAreSkippedWhenThereAreNoDifficulties() {
        for (InstrumentDefinition d : sdq()) {
            Gate gate = d.impact().orElseThrow().gate();
            assertTrue(gate.followOn().containsAll(d.impact().orElseThrow().items()), d.id());
            assertTrue(gate.followOn().contains("burden"), d.id());
            assertTrue(gate.skipsFollowOn(0), d.id());
            assertFalse(gate.skipsFollowOn(1), d.id());
        }
    }

    @Test
    void baselineFormsGateTheDurationAndFollowUpFormsAskTheirTwoQuestionsRegardless() {
        for (InstrumentDefinition d : sdq()) {
            List<String> followOn = d.impact().orElseThrow().gate().followOn();
            if (d.timepoint() == Timepoint.BASELINE) {
                assertEquals("chronic", followOn.get(0), d.id());
            } else {
                assertFalse(followOn.contains("fureduc") || followOn.contains("fuhelp") || followOn.contains("chronic"),
                        d.id());
                assertTrue(d.question("fureduc").isPresent() && d.question("fuhelp").isPresent(), d.id());
            }
        }
    }
}
