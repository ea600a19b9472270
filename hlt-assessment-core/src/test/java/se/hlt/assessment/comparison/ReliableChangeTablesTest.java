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
        assertTrue(english(c).get(0).startsWith("no norms table of SDs fits this child (age 9, sex not given): "),
                c.notes().toString());
        assertTrue(english(c).get(0).contains("uk-parent-5-15-girls is for female, ages 5-15"), c.notes().toString());
        // the same note for a Swedish reader of the pairs file (issue 14)
        assertTrue(c.notes().get(0).sv().startsWith("ingen normtabell med standardavvikelser gäller barnet (9 år, "
                + "kön saknas): "), c.notes().toString());
        assertTrue(c.notes().get(0).sv().contains("uk-parent-5-15-girls gäller flickor, 5\u201315 år"),
                c.notes().toString());
    }

    @Test
    void aTeacherReportTakesATableOfTheReliabilitysCountryWhereTwoFit() {
        ReliableChangeTables teacher = tables("sdq-t-4-17-baseline");
        // age 8: the Dutch 4-10 and the UK 5-15 tables both fit; the alphas are British, so the UK SDs
        ReliableChangeChoice eight = teacher.forChild(OptionalInt.of(8), Optional.empty());
        assertEquals(Optional.of("uk-teacher-5-15"), id(eight.sdTable()));
        // norms.md 1b gives no peer SD; the shipped table has no impact SD either
        assertEquals(List.of("norms table uk-teacher-5-15 gives no SD for peer",
                "norms table uk-teacher-5-15 gives no SD for impact"), english(eight));
        assertTrue(eight.basis("peer").isEmpty());
        // age 4: only the Dutch table fits
        assertEquals(Optional.of("nl-teacher-4-10"), id(teacher.forChild(OptionalInt.of(4), Optional.empty())
                .sdTable()));
        // no age: neither covers every age of the 4-17 version
        assertEquals(Optional.empty(), teacher.forChild(OptionalInt.empty(), Optional.of(Sex.MALE)).sdTable());
    }

    @Test
    void aTenYearOldsTeacherPairTakesTheUkSdsAndGoodmansTeacherAlphasAsBefore() {
        ReliableChangeChoice c = tables("sdq-t-4-17-baseline").forChild(OptionalInt.of(10), Optional.empty());
        assertEquals(Optional.of("uk-teacher-5-15"), id(c.sdTable()));
        assertEquals(Optional.of("goodman2001-teacher-alpha"), id(c.reliabilityTable()));
        assertEquals(List.of(), c.reasons());
        // norms.md 1b: teacher ebdtot SD 6.0; 1e: teacher ebdtot alpha .87
        assertEquals(6.0, c.basis("ebdtot").orElseThrow().sd());
        assertEquals(0.87, c.basis("ebdtot").orElseThrow().reliability());
    }

    @Test
    void aFourYearOldsTeacherPairIsNotMeasuredByTheAlphasOfFiveToFifteenYearOlds() {
        // issue 17: Goodman's teacher alphas (ages 5-15) gave this child an index; the Dutch 4-10 table, which
        // fits, gives the SDs and now its own alphas too
        ReliableChangeChoice c = tables("sdq-t-4-17-baseline").forChild(OptionalInt.of(4), Optional.empty());
        assertEquals(Optional.of("nl-teacher-4-10"), id(c.sdTable()));
        assertEquals(Optional.of("nl-teacher-4-10"), id(c.reliabilityTable()));
        assertEquals(0.73, c.basis("emotion").orElseThrow().reliability(), "norms.md 1d: emotion alpha .73");
        // without the Dutch table, the SDs of a table that fits meet no alphas that fit: no index, and why
        NormsCatalog withoutDutch = NormsCatalog.of(NormsCatalog.builtIn().all().stream()
                .filter(t -> !t.id().equals("nl-teacher-4-10")).toList()).with(List.of(ownTable(4, 6)));
        ReliableChangeChoice none = ReliableChangeTables.of(withoutDutch, teacher()).forChild(OptionalInt.of(4),
                Optional.empty());
        assertEquals(Optional.of("own-teacher-sd"), id(none.sdTable()));
        assertEquals(Optional.empty(), id(none.reliabilityTable()));
        assertTrue(none.bases().isEmpty());
        assertEquals(List.of(NoReliableChangeReason.RELIABILITY_TABLE_DOES_NOT_FIT), none.reasons());
        assertEquals(List.of("no norms table of reliabilities fits this child (age 4, sex not given): "
                + "goodman2001-teacher-alpha is for both sexes, ages 5-15"), english(none));
        // and a child of 5 is measured by Goodman's alphas again
        assertEquals(Optional.of("goodman2001-teacher-alpha"), id(ReliableChangeTables.of(withoutDutch, teacher())
                .forChild(OptionalInt.of(5), Optional.empty()).reliabilityTable()));
    }

    @Test
    void aChildNoTableFitsHasBothReasonsAndAnAgeNotGivenFitsNoAlphas() {
        ReliableChangeTables teacher = tables("sdq-t-4-17-baseline");
        ReliableChangeChoice sixteen = teacher.forChild(OptionalInt.of(16), Optional.of(Sex.MALE));
        assertEquals(List.of(NoReliableChangeReason.SD_TABLE_DOES_NOT_FIT,
                NoReliableChangeReason.RELIABILITY_TABLE_DOES_NOT_FIT), sixteen.reasons());
        assertTrue(english(sixteen).get(1).endsWith("goodman2001-teacher-alpha is for both sexes, ages 5-15; "
                + "nl-teacher-4-10 is for both sexes, ages 4-10"), sixteen.notes().toString());
        // no age: no alpha table covers every age of the 4-17 version, and none is assumed
        ReliableChangeChoice noAge = teacher.forChild(OptionalInt.empty(), Optional.empty());
        assertEquals(Optional.empty(), noAge.reliabilityTable());
        assertTrue(noAge.reasons().contains(NoReliableChangeReason.RELIABILITY_TABLE_DOES_NOT_FIT));
        // self-reports: alphas for 11-15 only, and no table of SDs at all
        ReliableChangeChoice self = tables("sdq-s-11-17-baseline").forChild(OptionalInt.of(16), Optional.empty());
        assertEquals(List.of(NoReliableChangeReason.NO_SD_TABLE, NoReliableChangeReason.RELIABILITY_TABLE_DOES_NOT_FIT),
                self.reasons());
    }

    private static InstrumentDefinition teacher() {
        return InstrumentCatalog.builtIn().find("sdq-t-4-17-baseline").orElseThrow();
    }

    /** A researcher's own table of teacher SDs (no alphas) for children of {@code min} to {@code max}. */
    private static se.hlt.assessment.norms.NormTable ownTable(int min, int max) {
        String json = "{\"id\": \"own-teacher-sd\", \"title\": {\"en\": \"own\", \"sv\": \"egen\"},"
                + " \"instrument\": \"sdq\", \"versions\": [\"4-17\"], \"informant\": \"teacher\","
                + " \"ages\": {\"min\": " + min + ", \"max\": " + max + "}, \"sex\": \"all\", \"country\": \"SE\","
                + " \"source\": {\"citation\": \"A test table, not a published one.\","
                + " \"confidence\": \"provisional\"},"
                + " \"meanSd\": {\"emotion\": {\"mean\": 1.5, \"sd\": 1.9}}}";
        return NormsCatalog.read(json, "own.json").orElseThrow();
    }

    @Test
    void selfReportsHaveNoTableOfSds() {
        ReliableChangeChoice c = tables("sdq-s-11-17-baseline").forChild(OptionalInt.of(14), Optional.of(Sex.MALE));
        assertEquals(Optional.empty(), c.sdTable());
        assertEquals(Optional.of("goodman2001-self-alpha"), id(c.reliabilityTable()));
        assertEquals(List.of("no norms table gives SDs for self SDQ 11-17"), english(c));
        assertEquals(List.of(NoReliableChangeReason.NO_SD_TABLE), c.reasons());
    }

    @Test
    void scoresNoTableCoversAreNotConsidered() {
        assertEquals(List.of("emotion", "conduct", "hyper", "peer", "prosoc", "ebdtot", "impact"),
                tables("sdq-p-4-17-baseline").scores());
    }

    private static List<String> english(ReliableChangeChoice choice) {
        return choice.notes().stream().map(n -> n.en()).toList();
    }
}
