package se.hlt.assessment.scoring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import se.hlt.assessment.cohort.CellStatus;
import se.hlt.assessment.cohort.CohortGroup;
import se.hlt.assessment.cohort.GroupLevel;
import se.hlt.assessment.cohort.Grouping;
import se.hlt.assessment.privacy.SyntheticIdentityNumbers;
import se.hlt.assessment.series.Series;
import se.hlt.assessment.series.SeriesScorer;
import se.hlt.assessment.series.SessionForm;

/**
 * The library's own records refuse an id that looks like a personal identity or co-ordination number, whoever
 * builds them (a case system calling the library directly, past every adapter), naming the field and never the
 * value: not in the message, not in the exception's text, and no object exists whose {@code toString} could show
 * it. Numbers are synthetic ({@link SyntheticIdentityNumbers}); none is written here as a literal.
 */
class IdentityNumberIdsTest {

    private static final Random RANDOM = new Random(12);

    /** A synthetic number written with its dash, as a case system would hold it. */
    private static String number() {
        String ten = SyntheticIdentityNumbers.tenDigits(String.format("%02d%02d%02d", RANDOM.nextInt(100),
                1 + RANDOM.nextInt(12), 1 + RANDOM.nextInt(28)), String.format("%03d", RANDOM.nextInt(1000)));
        return SyntheticIdentityNumbers.withDash(ten);
    }

    /** Runs {@code build}, which must be refused naming {@code field}, without the number or its digits. */
    private static void refused(String number, String field, Executable build) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, build);
        assertTrue(e.getMessage().startsWith(field + ": looks like a personal identity number"), e.getMessage());
        String digits = number.replaceAll("\\D", "");
        for (String text : List.of(e.getMessage(), e.toString())) {
            assertFalse(text.contains(number) || text.replaceAll("\\D", "").contains(digits.substring(0, 6)),
                    "never echoed: " + field);
        }
    }

    @Test
    void aFormContextRefusesAnIdThatIsANumberHoweverItIsBuilt() {
        String n = number();
        refused(n, "id", () -> FormContext.none().withId(n));
        refused(n, "id", () -> new FormContext(Optional.of(n), OptionalInt.of(9), Optional.empty()));
        refused(n, "id", () -> new FormContext(Optional.of("pnr " + n + " mamma"), OptionalInt.empty(),
                Optional.empty(), Optional.empty()));
        refused(n, "id", () -> FormContext.none().withId(n.replace("-", "")));
    }

    @Test
    void aFormRefusesANumberAsItsInstrumentOrAQuestionName() {
        String n = number();
        refused(n, "instrument", () -> Form.of(n, Map.of("consid", 1)));
        refused(n, "answers", () -> Form.of("sdq-p-4-17-baseline", Map.of(n, 1)));
        refused(n, "instrument", () -> Form.of(n, Map.of(), FormContext.none()));
    }

    @Test
    void pseudonymousIdsAndEveryShippedInstrumentStillPass() {
        Form form = Form.of("sdq-p-4-17-baseline", Map.of("consid", 1))
                .withContext(FormContext.none().withId("k-0417").withAge(9));
        assertEquals("k-0417", form.context().id().orElseThrow());
        assertTrue(form.toString().contains("k-0417"), "a pseudonymous id is kept as given");
        Scorer.builtIn().instruments().all().forEach(d -> Form.of(d.id(), Map.of()));
    }

    @Test
    void aSeriesAndItsResultRefuseANumberAsClientOrEpisode() {
        String n = number();
        List<SessionForm> none = List.of();
        refused(n, "client", () -> Series.of(n, none));
        refused(n, "episode", () -> new Series("k-1", Optional.of(n), none));
        refused(n, "client", () -> SeriesScorer.builtIn().assess(n, Optional.empty(), List.of()));
        refused(n, "episode", () -> SeriesScorer.builtIn().assess("k-1", Optional.of(n), List.of()));
    }

    @Test
    void aCohortRefusesANumberAsAGroupValueOrAGroupingColumn() {
        String n = number();
        refused(n, "values", () -> new CohortGroup(List.of(n), GroupLevel.CELL, CellStatus.SHOWN, OptionalInt.of(5),
                OptionalDouble.empty(), OptionalDouble.empty(), List.of()));
        refused(n, "values", () -> new CohortGroup(List.of("north", n), GroupLevel.CELL, CellStatus.HIDDEN,
                OptionalInt.empty(), OptionalDouble.empty(), OptionalDouble.empty(), List.of()));
        refused(n, "columns", () -> new Grouping(List.of("area", n)));
    }
}
