package se.hlt.assessment.comparison;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;
import se.hlt.assessment.instrument.InstrumentCatalog;
import se.hlt.assessment.instrument.InstrumentDefinition;
import se.hlt.assessment.instrument.Sex;
import se.hlt.assessment.norms.NormsCatalog;
import se.hlt.assessment.scoring.TableRef;

/** Which tables a child's reliable change indexes come from: they must fit the child, or there is none. */
class ReliableChangeTablesTest {

    private static ReliableChangeTables tables(String definition) {
        InstrumentDefinition d = InstrumentCatalog.builtIn().find(definition).orElseThrow();
        return ReliableChangeTables.of(NormsCatalog.builtIn(), d);
    }

    private static Optional<String> id(Optional<TableRef> ref) {
        return ref.map(TableRef::id);
    }

    @Test
    void aParentReportOfAGirlOfNineTakesTheUkGirlsSdsAndGoodmansParentAlphas() {
        ReliableChangeChoice c = tables("sdq-p-4-17-baseline").forChild(OptionalInt.of(9), Optional.of(Sex.FEMALE));
        assertEquals(Optional.of("uk-parent-5-15-girls"), id(c.sdTable()));
        assertEquals(Optional.of("goodman2001-parent-alpha"), id(c.reliabilityTable()));
        // norms.md 1a: girls emotion SD 2.0; 1e: parent emotion alpha .67
        ReliableChangeBasis emotion = c.basis("emotion").orElseThrow();
        assertEquals(2.0, emotion.sd());
        assertEquals(0.67, emotion.reliability());
        assertEquals("provisional", c.reliabilityTable().orElseThrow().source().confidence().code());
        assertEquals(List.of("emotion", "conduct", "hyper", "peer", "prosoc", "ebdtot", "impact"),
                List.copyOf(c.bases().keySet()));
        assertEquals(List.of(), c.notes());
    }

    @Test
    void withoutTheSexNoUkParentTableFitsAndNoneIsBorrowed() {
        ReliableChangeChoice c = tables("sdq-p-4-17-baseline").forChild(OptionalInt.of(9), Optional.empty());
        assertEquals(Optional.empty(), c.sdTable());
        assertTrue(c.bases().isEmpty());
        assertTrue(c.notes().get(0).startsWith("no norms table of SDs fits this child (age 9, sex not given): "),
                c.notes().toString());
        assertTrue(c.notes().get(0).contains("uk-parent-5-15-girls is for female, ages 5-15"), c.notes().toString());
    }

    @Test
    void aTeacherReportTakesATableOfTheReliabilitysCountryWhereTwoFit() {
        ReliableChangeTables teacher = tables("sdq-t-4-17-baseline");
        // age 8: the Dutch 4-10 and the UK 5-15 tables both fit; the alphas are British, so the UK SDs
        ReliableChangeChoice eight = teacher.forChild(OptionalInt.of(8), Optional.empty());
        assertEquals(Optional.of("uk-teacher-5-15"), id(eight.sdTable()));
        // norms.md 1b gives no peer SD; the shipped table has no impact SD either
        assertEquals(List.of("norms table uk-teacher-5-15 gives no SD for peer",
                "norms table uk-teacher-5-15 gives no SD for impact"), eight.notes());
        assertTrue(eight.basis("peer").isEmpty());
        // age 4: only the Dutch table fits
        assertEquals(Optional.of("nl-teacher-4-10"), id(teacher.forChild(OptionalInt.of(4), Optional.empty())
                .sdTable()));
        // no age: neither covers every age of the 4-17 version
        assertEquals(Optional.empty(), teacher.forChild(OptionalInt.empty(), Optional.of(Sex.MALE)).sdTable());
    }

    @Test
    void selfReportsHaveNoTableOfSds() {
        ReliableChangeChoice c = tables("sdq-s-11-17-baseline").forChild(OptionalInt.of(14), Optional.of(Sex.MALE));
        assertEquals(Optional.empty(), c.sdTable());
        assertEquals(Optional.of("goodman2001-self-alpha"), id(c.reliabilityTable()));
        assertEquals(List.of("no norms table gives SDs for self SDQ 11-17"), c.notes());
    }

    @Test
    void scoresNoTableCoversAreNotConsidered() {
        assertEquals(List.of("emotion", "conduct", "hyper", "peer", "prosoc", "ebdtot", "impact"),
                tables("sdq-p-4-17-baseline").scores());
    }
}
