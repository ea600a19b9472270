package se.hlt.assessment.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** With {@code --lang sv} the summary lines are Swedish, their numbers in the same order as in English. */
class SwedishTextsTest {

    @TempDir
    Path dir;

    @Test
    void batchSdqSummaryLineIsSwedishWithTheEnglishNumbersInOrder() {
        String[] args = {"batch", "sdq", "--in", ScoreCommandTest.example("sdq-parent-batch.csv").toString(),
            "--out", dir.resolve("s.csv").toString()};
        Run sv = Run.of(concat(args, "--lang", "sv"));
        Run en = Run.of(concat(args, "--lang", "en"));
        String english = en.err().lines().findFirst().orElseThrow();
        String swedish = sv.err().lines().findFirst().orElseThrow();
        assertTrue(english.matches("rows \\d+, scored \\d+, errors \\d+; lines read \\d+"), english);
        assertTrue(swedish.matches("rader \\d+, poängsatta \\d+, fel \\d+; lästa filrader \\d+"), swedish);
        assertEquals(english.replaceAll("\\D+", " "), swedish.replaceAll("\\D+", " "), "the same numbers in order");
    }

    @Test
    void batchOrsSummaryLineIsSwedish() {
        Run sv = Run.of("batch", "ors", "--lang", "sv", "--in", ScoreCommandTest.example("ors-sessions.csv").toString(),
                "--out", dir.resolve("o.csv").toString());
        assertTrue(sv.err().lines().anyMatch(l -> l.matches("rader \\d+, poängsatta \\d+, fel \\d+; lästa filrader \\d+")),
                sv.err());
    }

    @Test
    void cohortSummaryLineIsSwedish() {
        Path pairs = dir.resolve("pairs.csv");
        Run.of("compare", "--baseline", ScoreCommandTest.example("sdq-baseline.csv").toString(), "--followup",
                ScoreCommandTest.example("sdq-followup.csv").toString(), "--out", pairs.toString());
        Run sv = Run.of("cohort", "--lang", "sv", pairs.toString());
        assertTrue(sv.err().startsWith("par 16 = använda 16 + utelämnade 0; lästa filrader 17; grupper "), sv.err());
    }

    @Test
    void formulaCellsAreCountedInSwedish() throws java.io.IOException {
        Path in = java.nio.file.Files.writeString(dir.resolve("f.csv"), "id,pconsid,note\n=a,1,x\n");
        Run sv = Run.of("batch", "sdq", "--lang", "sv", "--in", in.toString(), "--out", dir.resolve("o.csv").toString());
        assertTrue(sv.err().lines().findFirst().orElseThrow().endsWith("; celler som liknar formler 1, skyddade med '"),
                sv.err());
    }

    /**
     * A form file that is not JSON, or not a good form, is refused in Swedish: the library's sentences and what is
     * allowed ("eller tomt"), with the file's own field names and codes as they are.
     */
    @Test
    void aBadFormIsRefusedInSwedish() throws java.io.IOException {
        Path notJson = java.nio.file.Files.writeString(dir.resolve("trasig.json"), "{\"instrument\": ");
        Run broken = Run.of("score", "--lang", "sv", notJson.toString());
        assertEquals(ExitCodes.INPUT_REFUSED, broken.exit());
        assertTrue(broken.err().contains("inte giltig JSON på rad 1, kolumn 16"), broken.err());
        Path bad = java.nio.file.Files.writeString(dir.resolve("fel.json"), "{\"instrument\": \"sdq-p-4-17-baseline\","
                + " \"age\": \"nio\", \"foo\": 1, \"answers\": {\"consid\": \"x\"}}");
        Run form = Run.of("score", "--lang", "sv", bad.toString());
        assertEquals(ExitCodes.SOME_NOT_SCORED, form.exit());
        assertTrue(form.err().contains("  - foo: inget fält i ett formulär"), form.err());
        assertTrue(form.err().contains("  - age: ska vara barnets ålder i hela år"), form.err());
        assertTrue(form.err().contains("  - answers.consid: \"x\" är inget heltal"), form.err());
        Path seven = java.nio.file.Files.writeString(dir.resolve("sju.json"),
                "{\"instrument\": \"sdq-p-4-17-baseline\", \"answers\": {\"consid\": 7}}");
        Run code = Run.of("score", "--lang", "sv", seven.toString());
        assertTrue(code.out().contains("consid: \"7\" är inget tillåtet svar; tillåtet: 0, 1, 2 eller tomt"),
                code.out() + code.err());
        for (Run run : java.util.List.of(broken, form, code)) {
            assertTrue(!(run.out() + run.err()).matches("(?s).*\\b(must|not a|is not|or empty|at line)\\b.*"),
                    run.out() + run.err());
        }
    }

    private static String[] concat(String[] args, String... more) {
        String[] all = java.util.Arrays.copyOf(args, args.length + more.length);
        System.arraycopy(more, 0, all, args.length, more.length);
        return all;
    }
}
