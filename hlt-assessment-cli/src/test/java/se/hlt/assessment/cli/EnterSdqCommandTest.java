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
import java.util.Map;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.hlt.assessment.instrument.InstrumentCatalog;
import se.hlt.assessment.json.FormJson;
import se.hlt.assessment.scoring.Form;
import se.hlt.assessment.scoring.Scorer;

/**
 * {@code hlt enter sdq} fed through standard input, as a script or a person at a terminal would type, mistakes
 * and corrections included. Personal identity numbers typed at it: {@link EnterPersonalNumbersTest}.
 */
class EnterSdqCommandTest {

    /** 25 answers: items 1-10, 11-20, 21-25. */
    private static final String ITEMS = "0121201210 2102101210 12101";

    @TempDir
    Path dir;

    private static String lines(String... lines) {
        return String.join("\n", lines) + "\n";
    }

    private Path out() {
        return dir.resolve("form.json");
    }

    private Form saved() throws IOException {
        return FormJson.read(Files.readString(out(), StandardCharsets.UTF_8), InstrumentCatalog.builtIn())
                .orElseThrow();
    }

    private Run enter(String input, String... options) {
        String[] args = new String[options.length + 6];
        args[0] = "enter";
        args[1] = "sdq";
        args[2] = "--lang";
        args[3] = "en";
        args[4] = "--out";
        args[5] = out().toString();
        System.arraycopy(options, 0, args, 6, options.length);
        return Run.typing(input, args);
    }

    @Test
    void aWholeFormTypedAsOneStringIsScoredAndSaved() throws IOException {
        // defaults for informant, version, timepoint; id, age, sex; the items; ebddiff 2 and its follow-on block
        Run run = enter(lines("", "", "", "k-17", "9", "f", "", ITEMS, "2", "3", "2", "1", "1", "2", "1", "1"));
        assertEquals(ExitCodes.OK, run.exit(), run.err());
        Form form = saved();
        assertEquals("sdq-p-4-17-baseline", form.instrument());
        assertEquals("k-17", form.context().id().orElseThrow());
        assertEquals(OptionalInt.of(9), form.context().age());
        assertEquals(33, form.answers().size(), form.answers().toString());
        assertEquals(BigDecimal.valueOf(0), form.answers().get("consid"));
        assertEquals(BigDecimal.valueOf(1), form.answers().get("attends"));
        assertEquals(BigDecimal.valueOf(3), form.answers().get("chronic"));
        assertEquals(BigDecimal.valueOf(1), form.answers().get("burden"));
        assertTrue(run.out().contains("Total difficulties"), run.out());
        assertTrue(run.out().contains("Saved: " + out()), run.out());
        assertEquals(Scorer.builtIn().score(form).value("ebdtot"), OptionalInt.of(total(form.answers())));
    }

    /** The total difficulties of a fully answered parent form, computed here from the keying in sdq.md. */
    private static int total(Map<String, BigDecimal> a) {
        int sum = 0;
        for (String item : new String[] {"somatic", "worries", "unhappy", "clingy", "afraid", "tantrum", "fights",
            "lies", "steals", "restles", "fidgety", "distrac", "loner", "bullied", "oldbest"}) {
            sum += a.get(item).intValueExact();
        }
        for (String reversed : new String[] {"obeys", "reflect", "attends", "friend", "popular"}) {
            sum += 2 - a.get(reversed).intValueExact();
        }
        return sum;
    }

    @Test
    void itemsMayComeOneByOneAndMissingAnswersAsDotOrDash() throws IOException {
        StringBuilder input = new StringBuilder(lines("parent", "4-17", "baseline", "", "", "", ""));
        for (int i = 1; i <= 25; i++) {
            input.append(i == 3 ? "." : i == 4 ? "-" : "1").append('\n');
        }
        Run run = enter(input + lines("0"));
        assertEquals(ExitCodes.OK, run.exit(), run.err());
        Form form = saved();
        assertFalse(form.answers().containsKey("somatic"));
        assertFalse(form.answers().containsKey("shares"));
        assertEquals(BigDecimal.valueOf(1), form.answers().get("attends"));
        assertTrue(form.context().id().isEmpty());
    }

    @Test
    void aWrongCodeIsNamedAtOnceWithItsItemAndTheLineIsTypedAgain() throws IOException {
        Run run = enter(lines("", "", "", "", "", "", "", "0121 2012 1x", "0121 2012 12", "1111111111", "00000", "0"));
        assertEquals(ExitCodes.OK, run.exit(), run.err());
        assertTrue(run.err().contains("line 8: item 10 (fidgety): \"x\" is not an answer; use 0, 1 or 2"),
                run.err());
        assertTrue(run.err().contains("type it again from item 1"), run.err());
        Form form = saved();
        assertEquals(BigDecimal.valueOf(2), form.answers().get("fidgety"), "the corrected line, not the wrong one, is kept");
        assertEquals(BigDecimal.valueOf(0), form.answers().get("consid"));
        assertEquals(BigDecimal.valueOf(0), form.answers().get("attends"));
    }

    @Test
    void tooManyAnswersOnALineAreNamedWithTheCountAndNothingOfTheLineIsKept() throws IOException {
        Run run = enter(lines("", "", "", "", "", "", "", "0000000000 0000000000", "222222", "1111", ".", "0"));
        assertEquals(ExitCodes.OK, run.exit(), run.err());
        assertTrue(run.err().contains("line 9: 6 answers on this line, but only 5 items are left (items 21-25)"),
                run.err());
        Form form = saved();
        assertEquals(BigDecimal.valueOf(1), form.answers().get("reflect"));
        assertFalse(form.answers().containsKey("attends"), "the last item was not typed after the correction");
    }

    @Test
    void theLastItemAloneIsNamedWhenALineIsTooLongForIt() {
        Run run = enter(lines("", "", "", "", "", "", "", "000000000000000000000000", "12", "2", "0"));
        assertEquals(ExitCodes.OK, run.exit(), run.err());
        assertTrue(run.err().contains("2 answers on this line, but only one item is left (item 25 (attends))"),
                run.err());
    }

    @Test
    void lessThanTakesBackThePreviousLine() throws IOException {
        Run run = enter(lines("", "", "", "", "", "", "", "0000000000", "1111111111", "<", "2222222222", "00000",
                "2", "<", "0"));
        assertEquals(ExitCodes.OK, run.exit(), run.err());
        Form form = saved();
        assertEquals(BigDecimal.valueOf(2), form.answers().get("friend"), "item 11 comes from the line typed after <");
        assertEquals(BigDecimal.valueOf(0), form.answers().get("ebddiff"), "ebddiff comes from the line typed after <");
        assertTrue(run.err().contains("Taken back: from item 11 (friend) again."), run.err());
    }

    @Test
    void noDifficultiesSkipsTheFollowOnQuestionsOfABaselineForm() throws IOException {
        Run run = enter(lines("", "", "", "", "", "", "", ITEMS, "0"));
        assertEquals(ExitCodes.OK, run.exit(), run.err());
        Form form = saved();
        assertEquals(26, form.answers().size(), form.answers().toString());
        assertEquals(OptionalInt.of(0), Scorer.builtIn().score(form).value("impact"));
    }

    @Test
    void aFollowUpFormAsksItsTwoQuestionsInsteadOfTheDuration() throws IOException {
        Run run = enter(lines("", "", "followup", "", "", "", "", ITEMS, "1", "2", "0", "0", "0", "0", "1", "4", "3"));
        assertEquals(ExitCodes.OK, run.exit(), run.err());
        Form form = saved();
        assertEquals("sdq-p-4-17-followup", form.instrument());
        assertFalse(form.answers().containsKey("chronic"));
        assertEquals(BigDecimal.valueOf(4), form.answers().get("fureduc"));
        assertEquals(BigDecimal.valueOf(3), form.answers().get("fuhelp"));
    }

    @Test
    void aFollowUpFormWithNoDifficultiesStillAsksItsTwoQuestions() throws IOException {
        Run run = enter(lines("", "", "t2", "", "", "", "", ITEMS, "0", "4", "2"));
        assertEquals(ExitCodes.OK, run.exit(), run.err());
        Form form = saved();
        assertEquals(28, form.answers().size(), form.answers().toString());
        assertEquals(BigDecimal.valueOf(4), form.answers().get("fureduc"));
        assertEquals(BigDecimal.valueOf(2), form.answers().get("fuhelp"));
    }

    @Test
    void aTeacherFormAsksOnlyTheTeachersImpactQuestions() throws IOException {
        // ebddiff, chronic, distres, impfrie, impclas, burden: six lines after the items
        Run run = enter(lines("", "", "", "", "", ITEMS, "1", "0", "1", "2", "3", "1"), "--informant", "teacher",
                "--age", "8", "--sex", "m");
        assertEquals(ExitCodes.OK, run.exit(), run.err());
        Form form = saved();
        assertEquals("sdq-t-4-17-baseline", form.instrument());
        assertFalse(form.answers().containsKey("imphome"));
        assertEquals(BigDecimal.valueOf(3), form.answers().get("impclas"));
        // distres 1 -> 0, impfrie 2 -> 1, impclas 3 -> 2: the teacher's three impact items only
        assertEquals(OptionalInt.of(3), Scorer.builtIn().score(form).value("impact"));
    }

    @Test
    void aSelfReportNeedsNoVersionQuestion() throws IOException {
        Run run = enter(lines("3", "", "y-4", "14", "", "", ITEMS, "0"));
        assertEquals(ExitCodes.OK, run.exit(), run.err());
        assertEquals("sdq-s-11-17-baseline", saved().instrument());
    }

    @Test
    void aWrongImpactAnswerIsNamedAndAskedAgain() throws IOException {
        Run run = enter(lines("", "", "", "", "", "", "", ITEMS, "4", "yes", "1", "2", "0", "0", "0", "0", "0", "0"));
        assertEquals(ExitCodes.OK, run.exit(), run.err());
        assertTrue(run.err().contains("line 9: \"4\" is not an answer to ebddiff (Difficulties); use 0, 1, 2 or 3"),
                run.err());
        assertTrue(run.err().contains("line 10: \"yes\" is not an answer"), run.err());
        assertEquals(BigDecimal.valueOf(1), saved().answers().get("ebddiff"));
    }

    @Test
    void inputThatEndsEarlySavesNothing() {
        Run run = enter(lines("", "", "", "", "", "", "", "0121"));
        assertEquals(ExitCodes.SOME_NOT_SCORED, run.exit());
        assertTrue(run.err().contains("ended before the form was complete (at item 5 (tantrum))"), run.err());
        assertFalse(Files.exists(out()));
    }

    @Test
    void anAnswerIsCorrectedAtTheReview() throws IOException {
        Run run = enter(lines("", "", "", "", "", "", "", ITEMS, "0", "7=2", "bullied=.", "7=5", "nonsense", ""));
        assertEquals(ExitCodes.OK, run.exit(), run.err());
        Form form = saved();
        assertEquals(BigDecimal.valueOf(2), form.answers().get("obeys"));
        assertFalse(form.answers().containsKey("bullied"));
        assertTrue(run.err().contains("Corrected: item 7 (obeys) is now 2."), run.err());
        assertTrue(run.err().contains("\"5\" is not an answer to item 7 (obeys)"), run.err());
        assertTrue(run.err().contains("\"nonsense\" is not a correction"), run.err());
    }

    @Test
    void correctingTheGateAsksTheFollowOnQuestionsOrDropsThem() throws IOException {
        // no difficulties at first; corrected to 2, so the follow-on block is asked; then back to 0
        Run opened = enter(lines("", "", "", "", "", "", "", ITEMS, "0", "ebddiff=2", "3", "2", "2", "2", "2", "2", "1",
                ""));
        assertEquals(ExitCodes.OK, opened.exit(), opened.err());
        assertEquals(OptionalInt.of(5), Scorer.builtIn().score(saved()).value("impact"));
        Files.delete(out());
        Run closed = enter(lines("", "", "", "", "", "", "", ITEMS, "2", "3", "2", "2", "2", "2", "2", "1", "ebddiff=0",
                ""));
        assertEquals(ExitCodes.OK, closed.exit(), closed.err());
        Form form = saved();
        assertFalse(form.answers().containsKey("distres"), form.answers().toString());
        assertFalse(form.answers().containsKey("chronic"), form.answers().toString());
        assertEquals(OptionalInt.of(0), Scorer.builtIn().score(form).value("impact"));
    }

    @Test
    void quittingAtTheReviewSavesNothing() {
        Run run = enter(lines("", "", "", "", "", "", "", ITEMS, "0", "q"));
        assertEquals(ExitCodes.SOME_NOT_SCORED, run.exit());
        assertTrue(run.err().contains("Nothing was saved."), run.err());
        assertFalse(Files.exists(out()));
    }

    @Test
    void anExistingFileIsNeverOverwritten() throws IOException {
        Files.writeString(out(), "kept");
        Run run = enter(lines("", "", "", "", "", "", "", ITEMS, "0"));
        assertEquals(ExitCodes.INPUT_REFUSED, run.exit());
        assertEquals("kept", Files.readString(out()));
    }

    @Test
    void aVersionTheInformantHasNoFormForIsAUsageError() {
        Run run = enter(lines(ITEMS), "--informant", "self", "--form-version", "2-4");
        assertEquals(ExitCodes.USAGE, run.exit());
        assertTrue(run.err().contains("11-17"), run.err());
    }

    @Test
    void aPersonAtATerminalSeesPromptsFromTheBundleInSwedish() {
        Run run = Run.typing(lines("", "", "", "k-17", "", "", "", "0121 2012 1x", "", ITEMS, "0", ""), true, "enter", "sdq",
                "--lang", "sv", "--out", out().toString());
        assertEquals(ExitCodes.OK, run.exit(), run.err());
        assertTrue(run.err().contains("Vem fyllde i formuläret? [1 vårdnadshavare, 2 lärare, 3 självskattning]"),
                run.err());
        assertTrue(run.err().contains("Pseudonymt id, aldrig namn eller personnummer"), run.err());
        assertTrue(run.err().contains("Datum då formuläret fylldes i, ÅÅÅÅ-MM-DD (Enter: "), run.err());
        assertTrue(run.err().contains("Fråga 1-25: "), run.err());
        assertTrue(run.err().contains("Fråga 1-25: Fråga 10 (fidgety): \"x\" är inget svar"), "a sentence: "
                + run.err());
        assertTrue(run.err().contains("ebddiff (Svårigheter) [0 nej; 1 ja, små; 2 ja, tydliga; 3 ja, allvarliga]"),
                run.err());
        assertTrue(run.err().contains("så formuläret hoppar över: chronic, distres"), run.err());
        assertTrue(run.out().contains("Total problempoäng"), run.out());
        assertTrue(run.out().contains("Sparat: "), run.out());
    }

    @Test
    void aScriptSeesNoPrompts() {
        Run run = enter(lines("", "", "", "", "", "", "", ITEMS, "0"));
        assertFalse(run.err().contains("Who filled in the form"), run.err());
        assertFalse(run.err().contains("Items 1-25"), run.err());
    }

    @Test
    void theDateIsAskedWithTodayShownAndEnterTakesToday() throws IOException {
        LocalDate before = LocalDate.now();
        Run run = Run.typing(lines("", "", "", "k-17", "9", "f", "", ITEMS, "0", ""), true, "enter", "sdq", "--lang",
                "en", "--out", out().toString());
        assertEquals(ExitCodes.OK, run.exit(), run.err());
        LocalDate saved = saved().context().date().orElseThrow();
        // the run may cross midnight: today is the day it started or the day it ended
        assertTrue(!saved.isBefore(before) && !saved.isAfter(LocalDate.now()), saved.toString());
        assertTrue(run.err().contains("Date the form was filled in, YYYY-MM-DD (Enter: " + saved + ")"), run.err());
    }

    @Test
    void anUnreadableOrFutureDateIsRefusedAndAskedAgain() throws IOException {
        String future = LocalDate.now().plusDays(40).toString();
        Run run = enter(lines("", "", "", "k-17", "9", "f", "14/3/2025", future, "2025-03-14", ITEMS, "0"));
        assertEquals(ExitCodes.OK, run.exit(), run.err());
        assertEquals(LocalDate.of(2025, 3, 14), saved().context().date().orElseThrow());
        assertTrue(run.err().contains("\"14/3/2025\" is not a date; type it as 2026-01-26, or Enter for today"),
                run.err());
        assertTrue(run.err().contains(future + " is after today"), run.err());
        assertTrue(Files.readString(out(), StandardCharsets.UTF_8).contains("\"date\" : \"2025-03-14\""));
    }

    @Test
    void aDateOptionIsTakenAndAFutureOneIsAUsageError() throws IOException {
        Run run = enter(lines("", "", "", "k-17", "9", "f", ITEMS, "0"), "--date", "2025-11-02");
        assertEquals(ExitCodes.OK, run.exit(), run.err());
        assertEquals(LocalDate.of(2025, 11, 2), saved().context().date().orElseThrow());
        Files.delete(out());
        Run future = enter(lines(ITEMS), "--date", LocalDate.now().plusDays(2).toString());
        assertEquals(ExitCodes.USAGE, future.exit(), future.err());
        assertTrue(future.err().contains("is after today"), future.err());
        assertFalse(Files.exists(out()));
    }
}
