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
import java.util.OptionalInt;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.hlt.assessment.instrument.InstrumentCatalog;
import se.hlt.assessment.instrument.Sex;
import se.hlt.assessment.json.FormJson;
import se.hlt.assessment.json.SeriesJson;
import se.hlt.assessment.scoring.Form;
import se.hlt.assessment.series.Series;
import se.hlt.assessment.series.SeriesScorer;

/**
 * A personal identity number typed at any {@code hlt enter} prompt, not only the id's (the age, the sex, the items,
 * a single answer, the review, the session's date, the marks), is refused with one sentence, never repeated, never
 * saved, and the question is asked again. Numbers are synthetic ({@link SyntheticNumbers}).
 */
class EnterPersonalNumbersTest {

    /** 25 answers: items 1-10, 11-20, 21-25. */
    private static final String ITEMS = "0121201210 2102101210 12101";
    private static final String REFUSED = "that looks like a personal identity number, so it was not kept";

    @TempDir
    Path dir;

    private final Random random = new Random(17);

    private static String lines(String... lines) {
        return String.join("\n", lines) + "\n";
    }

    private Path out() {
        return dir.resolve("form.json");
    }

    private static String fullWidth(String text) {
        StringBuilder b = new StringBuilder();
        text.chars().forEach(c -> b.append(Character.isDigit(c) ? (char) ('\uFF10' + (c - '0')) : (char) c));
        return b.toString();
    }

    /**
     * Fails if anything shown or saved holds the number, written or as its bare digits (the messages not even its
     * date part; standard output names the saved file, whose temporary folder has digits of its own).
     */
    private void neverEchoed(Run run, String ten) throws IOException {
        String saved = Files.exists(out()) ? Files.readString(out(), StandardCharsets.UTF_8) : "";
        String date = ten.substring(0, 6);
        for (String shown : new String[] {run.out(), run.err(), saved}) {
            assertFalse(shown.contains(ten) || shown.contains(date + "-") || shown.contains(date + " "),
                    "never echoed");
            assertFalse(shown.contains(fullWidth(date)), "never echoed, full width");
        }
        assertFalse(run.err().contains(date) || saved.contains(date), "not even the date part");
    }

    @Test
    void aNumberAtTheAgeSexItemsAnswerAndReviewPromptsIsRefusedAndAskedAgain() throws IOException {
        String ten = SyntheticNumbers.tenDigits(random);
        String dashed = SyntheticNumbers.withDash(ten);
        Run run = Run.typing(lines("", "", "", "k-17", dashed, "9", "pnr " + dashed + " mamma", "f", "",
                dashed, ITEMS, fullWidth(dashed), "0", ten.substring(0, 6) + " " + ten.substring(6), ""),
                "enter", "sdq", "--lang", "en", "--out", out().toString());
        assertEquals(ExitCodes.OK, run.exit(), run.err());
        for (int line : new int[] {5, 7, 10, 12, 14}) {
            assertTrue(run.err().contains("line " + line + ": " + REFUSED), line + ": " + run.err());
        }
        assertEquals(5, run.err().split(REFUSED, -1).length - 1, "one refusal per line, no other message: "
                + run.err());
        Form form = FormJson.read(Files.readString(out(), StandardCharsets.UTF_8), InstrumentCatalog.builtIn())
                .orElseThrow();
        assertEquals(OptionalInt.of(9), form.context().age());
        assertEquals(Sex.FEMALE, form.context().sex().orElseThrow());
        assertEquals(BigDecimal.valueOf(0), form.answers().get("consid"));
        assertEquals(BigDecimal.valueOf(0), form.answers().get("ebddiff"));
        neverEchoed(run, ten);
    }

    @Test
    void aPersonAtATerminalIsToldInSwedishAndAskedTheSameQuestionAgain() throws IOException {
        String ten = SyntheticNumbers.tenDigits(random);
        Run run = Run.typing(lines("", "", "", "k-17", "ålder " + SyntheticNumbers.withDash(ten), "9", "", "", ITEMS,
                "0", ""), true, "enter", "sdq", "--lang", "sv", "--out", out().toString());
        assertEquals(ExitCodes.OK, run.exit(), run.err());
        assertTrue(run.err().contains("Det ser ut som ett personnummer och sparades inte; skriv svaret igen utan det"),
                run.err());
        assertEquals(2, run.err().split("Barnets ålder i hela år", -1).length - 1, "the age asked again: "
                + run.err());
        neverEchoed(run, ten);
    }

    @Test
    void aNumberAtTheDateAndMarksPromptsOfAnOrsFormIsRefused() throws IOException {
        String ten = SyntheticNumbers.tenDigits(random);
        String dashed = SyntheticNumbers.withDash(ten);
        Run run = Run.typing(lines("", "", "1", dashed, "2026-01-12", "k-0417", "", ten, "5 5 5 5", ""),
                "enter", "ors", "--lang", "en", "--out", out().toString());
        assertEquals(ExitCodes.OK, run.exit(), run.err());
        assertTrue(run.err().contains("line 4: " + REFUSED), run.err());
        assertTrue(run.err().contains("line 8: " + REFUSED), "ten bare digits are no marks: " + run.err());
        Series saved = SeriesJson.read(Files.readString(out(), StandardCharsets.UTF_8),
                SeriesScorer.builtIn().scorer().instruments()).orElseThrow();
        assertEquals(LocalDate.parse("2026-01-12"), saved.forms().get(0).date().orElseThrow());
        neverEchoed(run, ten);
    }

    @Test
    void anIdOrAnIdOptionThatIsANumberKeepsItsOwnWords() throws IOException {
        String ten = SyntheticNumbers.tenDigits(random);
        Run asked = Run.typing(lines("", "", "", SyntheticNumbers.withDash(ten), "k-17", "", "", "", ITEMS, "0", ""),
                "enter", "sdq", "--lang", "en", "--out", out().toString());
        assertEquals(ExitCodes.OK, asked.exit(), asked.err());
        assertTrue(asked.err().contains("line 4: That looks like a personal identity number, so it was not kept. "
                + "Use a pseudonymous id, or Enter for none."), asked.err());
        neverEchoed(asked, ten);
        Files.delete(out());
        Run option = Run.typing(lines(ITEMS), "enter", "sdq", "--lang", "en", "--out", out().toString(), "--id",
                SyntheticNumbers.withDash(ten));
        assertEquals(ExitCodes.INPUT_REFUSED, option.exit());
        assertFalse(Files.exists(out()));
        neverEchoed(option, ten);
    }
}
