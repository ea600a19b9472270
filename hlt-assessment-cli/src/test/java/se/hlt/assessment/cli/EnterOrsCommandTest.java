package se.hlt.assessment.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.hlt.assessment.instrument.Informant;
import se.hlt.assessment.json.SeriesJson;
import se.hlt.assessment.series.Series;
import se.hlt.assessment.series.SeriesScorer;
import se.hlt.assessment.series.SessionForm;
import se.hlt.assessment.series.SessionResult;

/**
 * {@code hlt enter ors} fed through standard input, as a script or a person would type, mistakes and corrections
 * included; the saved file is read back as {@code hlt score} reads it.
 */
class EnterOrsCommandTest {

    @TempDir
    Path dir;

    private static String lines(String... lines) {
        return String.join("\n", lines) + "\n";
    }

    private Path out() {
        return dir.resolve("session.json");
    }

    private Run enter(String input, String... options) {
        String[] args = new String[options.length + 6];
        args[0] = "enter";
        args[1] = "ors";
        args[2] = "--lang";
        args[3] = "en";
        args[4] = "--out";
        args[5] = out().toString();
        System.arraycopy(options, 0, args, 6, options.length);
        return Run.typing(input, args);
    }

    private Series saved() throws IOException {
        return SeriesJson.read(Files.readString(out(), StandardCharsets.UTF_8),
                SeriesScorer.builtIn().scorer().instruments()).orElseThrow();
    }

    /**
     * The saved form, assessed on its own: as a series, a lone SRS-family form is reported for having no ORS-family
     * form of its session to pair with (ors-srs.md section 5), so the form is checked as the command shows it.
     */
    private SessionResult scoredSession() throws IOException {
        Series series = saved();
        assertEquals(1, series.forms().size());
        return SeriesScorer.builtIn().assessForm(series.forms().get(0).form()).orElseThrow();
    }

    @Test
    void fourMarksOnOneLineWithADecimalCommaAreScoredExactlyAndSaved() throws IOException {
        // defaults for form (ORS) and rater (self); session, date, id, age; the marks; Enter saves
        Run run = enter(lines("", "", "3", "2026-01-26", "k-0417", "14", "6,5 7 8.2 5", ""));
        assertEquals(ExitCodes.OK, run.exit(), run.err());
        Series series = saved();
        assertEquals("k-0417", series.client());
        SessionForm form = series.forms().get(0);
        assertEquals(3, form.session());
        assertEquals(Optional.of(LocalDate.of(2026, 1, 26)), form.date());
        assertEquals("ors", form.form().instrument());
        assertEquals(Optional.of(Informant.SELF), form.form().context().rater());
        assertEquals(OptionalInt.of(14), form.form().context().age());
        assertEquals(new BigDecimal("6.5"), form.form().answers().get("individually"));
        SessionResult s = scoredSession();
        assertEquals(Optional.of(new BigDecimal("26.7")), s.total());
        assertEquals(Optional.of(true), s.clinical(), "26.7 is below the adolescent cut-off of 28");
        assertTrue(run.out().contains("26.7"), run.out());
        assertTrue(run.out().contains("28"), "the cut-off used is shown: " + run.out());
        assertTrue(run.out().contains("Saved: " + out()), run.out());
        Run score = Run.of("score", "--lang", "en", out().toString());
        assertEquals(ExitCodes.OK, score.exit(), score.err());
        assertTrue(score.out().contains("26.7"), score.out());
    }

    @Test
    void aMarkOutOfRangeOrWithTwoDecimalsIsNamedWithItsScaleAndTheLineTypedAgain() throws IOException {
        Run run = enter(lines("ors", "parent", "1", "2026-01-12", "k-0417", "9",
                "6,5 11 8 5", "6,55 7 8 5", "6,5 7 x 5", "6,5", "7", "8,0", "5,5", ""));
        assertEquals(ExitCodes.OK, run.exit(), run.err());
        assertTrue(run.err().contains("line 7: Interpersonally: \"11\" is not a mark; use 0.0–10.0"), run.err());
        assertTrue(run.err().contains("line 8: Individually: \"6,55\" has more than one decimal"), run.err());
        assertTrue(run.err().contains("line 9: Socially: \"x\" is not a mark"), run.err());
        SessionResult s = scoredSession();
        assertEquals(Informant.PARENT, s.rater());
        assertEquals(Optional.of(new BigDecimal("27.0")), s.total());
        assertEquals(Optional.of(new BigDecimal("32")), s.cutoffValue().map(BigDecimal::stripTrailingZeros)
                .map(v -> v.setScale(0)), "a parent rating a 9-year-old: cut-off 32");
    }

    @Test
    void tooManyMarksOnALineAndTakingBackALineAreHandled() throws IOException {
        Run run = enter(lines("", "", "2", "", "k-0417", "30", "5 5", "5 5 5", "<", "4 4", "3 3", ""));
        assertEquals(ExitCodes.OK, run.exit(), run.err());
        assertTrue(run.err().contains("3 marks on this line, but only 2 are left"), run.err());
        assertTrue(run.err().contains("Taken back: from Individually again."), run.err());
        SessionResult s = scoredSession();
        assertEquals(Optional.of(new BigDecimal("14.0")), s.total());
        assertEquals(LocalDate.now(), saved().forms().get(0).date().orElseThrow(), "Enter takes today");
    }

    @Test
    void aSessionDateAfterTodayIsAskedAgainAndRefusedAsAnOption() throws IOException {
        // as for an SDQ form: a session is entered after it took place
        String tomorrow = LocalDate.now().plusDays(1).toString();
        Run run = enter(lines("", "", "2", tomorrow, "2026-01-19", "k-0417", "30", "5 5 5 5", ""));
        assertEquals(ExitCodes.OK, run.exit(), run.err());
        assertTrue(run.err().contains(tomorrow + " is after today"), run.err());
        assertEquals(LocalDate.of(2026, 1, 19), saved().forms().get(0).date().orElseThrow());
        java.nio.file.Files.delete(out());
        Run option = enter("", "--date", tomorrow, "--id", "k-0417");
        assertEquals(ExitCodes.USAGE, option.exit(), option.err());
        assertTrue(option.err().contains(tomorrow + " is after today"), option.err());
    }

    @Test
    void aMarkIsCorrectedAtTheReviewBeforeSaving() throws IOException {
        Run run = enter(lines("srs", "", "4", "2026-02-09", "k-0417", "14", "9 9 9 9", "2=8,4", "approach=.",
                "approach=20", "3=9.1", ""));
        assertEquals(ExitCodes.OK, run.exit(), run.err());
        assertTrue(run.err().contains("Corrected: Goals and topics is now 8.4."), run.err());
        assertTrue(run.err().contains("\"20\" is not a mark"), run.err());
        SessionResult s = scoredSession();
        assertEquals("srs", s.instrument());
        assertEquals(Optional.of(new BigDecimal("35.5")), s.total());
        assertEquals(Optional.of(true), s.belowCutoff(), "an SRS below 36 is a possible alliance problem");
    }

    @Test
    void theYoungChildFormsTakeOneRatingFromOneToFour() throws IOException {
        Run run = enter(lines("ycors", "", "1", "2026-01-12", "k-0033", "4", "5", "2.5", "3", ""));
        assertEquals(ExitCodes.OK, run.exit(), run.err());
        assertTrue(run.err().contains("\"5\" is not a mark; use 1–4"), run.err());
        assertTrue(run.err().contains("\"2.5\""), run.err());
        SessionResult s = scoredSession();
        assertEquals("ycors", s.instrument());
        assertEquals(OptionalInt.of(3), s.form().value("rating"));
        assertTrue(s.total().isEmpty());
    }

    @Test
    void anIdThatLooksLikeAPersonalIdentityNumberIsRefusedAndAnIdIsNeeded() throws IOException {
        String number = SyntheticNumbers.withDash(SyntheticNumbers.tenDigits(new java.util.Random(5)));
        Run run = enter(lines("", "", "1", "2026-01-12", "", number, "k-0417", "", "5 5 5 5", ""));
        assertEquals(ExitCodes.OK, run.exit(), run.err());
        assertTrue(run.err().contains("type the pseudonymous id"), run.err());
        assertTrue(run.err().contains("looks like a personal identity number"), run.err());
        assertFalse(run.err().contains(number), "never echoed");
        assertFalse(Files.readString(out()).contains(number.substring(0, 6)));
        assertTrue(run.out().contains("has its cut-off by age, and no age is given; none is assumed"),
                "no age, so no cut-off is guessed, and the output says the age is what is missing: " + run.out());
    }

    @Test
    void optionsSkipTheirQuestionsAndQuittingSavesNothing() {
        Run run = enter(lines("5 5 5 5", "q"), "--instrument", "cors", "--rater", "self", "--session", "2",
                "--date", "2026-01-19", "--id", "k-0417", "--age", "8");
        assertEquals(ExitCodes.SOME_NOT_SCORED, run.exit(), run.err());
        assertTrue(run.err().contains("Nothing was saved."), run.err());
        assertFalse(Files.exists(out()));
        Run wrong = enter("", "--instrument", "xyz");
        assertEquals(ExitCodes.USAGE, wrong.exit());
        assertTrue(wrong.err().contains("ors, srs, cors, csrs, ycors, ycsrs"), wrong.err());
    }

    @Test
    void inputThatEndsEarlySavesNothing() {
        Run run = enter(lines("", "", "1", "2026-01-12", "k-0417", "14", "5 5"));
        assertEquals(ExitCodes.SOME_NOT_SCORED, run.exit());
        assertTrue(run.err().contains("nothing was saved"), run.err());
        assertFalse(Files.exists(out()));
    }

    @Test
    void atATerminalThePromptsNameEachScaleInSwedish() {
        Run run = Run.typing(lines("", "", "1", "2026-01-12", "k-0417", "14", "5", "5", "5", "5", ""), true,
                "enter", "ors", "--lang", "sv", "--out", out().toString());
        assertEquals(ExitCodes.OK, run.exit(), run.err());
        assertTrue(run.err().contains("Individuellt (0,0–10,0)"), run.err());
        assertTrue(run.err().contains("Nära relationer (0,0–10,0)"), run.err());
    }
}
