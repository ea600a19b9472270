package se.hlt.assessment.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.hlt.assessment.json.ResultJson;
import se.hlt.assessment.scoring.FormResult;
import se.hlt.assessment.scoring.Status;

class ScoreCommandTest {

    static Path example(String name) {
        return Path.of(System.getProperty("hlt.repo.dir", "..")).resolve("examples").resolve(name);
    }

    /** The series file {@code hlt batch ors --series} writes from {@code examples/ors-sessions.csv}, in {@code dir}. */
    static Path exampleOrsSeries(Path dir) {
        Path series = dir.resolve("ors-series.csv");
        Run batch = Run.of("batch", "ors", "--in", example("ors-sessions.csv").toString(), "--out",
                dir.resolve("ors-scored.csv").toString(), "--series", series.toString());
        assertTrue(batch.exit() <= ExitCodes.SOME_NOT_SCORED, batch.err());
        return series;
    }

    @Test
    void scoresAnExampleInEnglish() {
        Run run = Run.of("score", "--lang", "en", example("sdq-parent-baseline.json").toString());
        assertEquals(ExitCodes.OK, run.exit(), run.err());
        assertTrue(run.out().contains("Emotional problems"), run.out());
        assertTrue(run.out().contains("Total difficulties"), run.out());
        assertTrue(run.out().contains("prorated"), run.out());
        assertTrue(run.out().contains("sdqinfo-parent-4-17-band3"), run.out());
    }

    @Test
    void scoresAnExampleInSwedish() {
        Run run = Run.of("score", "--lang", "sv", example("sdq-teacher-prorated.json").toString());
        assertEquals(ExitCodes.OK, run.exit(), run.err());
        assertTrue(run.out().contains("Emotionella symtom"), run.out());
        assertTrue(run.out().contains("Total problempoäng"), run.out());
        assertTrue(run.out().contains("gränsvärde"), run.out());
    }

    @Test
    void saysPlainlyWhenNoBandTableExists() {
        Run run = Run.of("score", "--lang", "en", example("sdq-preschool-teacher.json").toString());
        assertEquals(ExitCodes.OK, run.exit(), run.err());
        assertTrue(run.out().contains("no published table"), run.out());
    }

    @Test
    void printsJsonThatReadsBack() {
        Run run = Run.of("score", "--json", example("sdq-self-followup.json").toString());
        assertEquals(ExitCodes.OK, run.exit(), run.err());
        FormResult result = ResultJson.read(run.out()).orElseThrow();
        assertEquals(Status.COMPLETE, result.status());
        assertEquals("sdq-s-11-17-followup", result.instrument());
    }

    @Test
    void aFormWithABadCodeIsNotScoredAndExitsOne(@TempDir Path dir) throws IOException {
        Path form = dir.resolve("bad.json");
        Files.writeString(form, "{\"instrument\":\"sdq-p-4-17-baseline\",\"answers\":{\"consid\":3,\"kind\":1}}");
        Run run = Run.of("score", "--lang", "en", form.toString());
        assertEquals(ExitCodes.SOME_NOT_SCORED, run.exit());
        assertTrue(run.out().contains("consid: \"3\" is not an allowed answer; allowed: 0, 1, 2 or empty"),
                run.out());
        assertFalse(run.out().contains("Total difficulties"));
    }

    @Test
    void aDashReadsTheFormFromStandardInput() throws IOException {
        String form = Files.readString(example("sdq-parent-baseline.json"));
        Run run = Run.typing(form, "score", "--lang", "en", "-");
        assertEquals(ExitCodes.OK, run.exit(), run.err());
        assertTrue(run.out().contains("id vbn-2026-017"), run.out());
    }

    @Test
    void aFormThatCannotBeReadIsRefused(@TempDir Path dir) {
        Run run = Run.of("score", dir.resolve("missing.json").toString());
        assertEquals(ExitCodes.INPUT_REFUSED, run.exit());
    }

    @Test
    void textThatIsNotOneJsonDocumentIsRefusedAsAWholeInBothLanguages(@TempDir Path dir) throws IOException {
        String form = "{\"instrument\":\"sdq-p-4-17-baseline\",\"answers\":{\"consid\":0,\"consid\":2}}";
        Path twice = Files.writeString(dir.resolve("twice.json"), form);
        Path deep = Files.writeString(dir.resolve("deep.json"), "[".repeat(1500) + "]".repeat(1500));
        Path two = Files.writeString(dir.resolve("two.json"), "{} {}");
        for (Path file : new Path[] {twice, deep, two}) {
            for (String lang : new String[] {"en", "sv"}) {
                Run run = Run.of("score", "--lang", lang, file.toString());
                assertEquals(ExitCodes.INPUT_REFUSED, run.exit(), run.err());
                assertTrue(run.err().contains(lang.equals("en") ? "cannot be read as JSON" : "inte kan läsas som JSON"),
                        lang + ": " + run.err());
            }
            assertEquals(ExitCodes.INPUT_REFUSED, Run.of("report", "--lang", "en", file.toString()).exit());
        }
        assertTrue(Run.of("score", "--lang", "en", twice.toString()).err().contains("answers.consid: given twice"));
    }

    @Test
    void unknownOptionIsAUsageError() {
        assertEquals(ExitCodes.USAGE, Run.of("score", "--colour", "x.json").exit());
        assertEquals(ExitCodes.USAGE, Run.of("score", "--lang", "fi", "x.json").exit());
    }

    @Test
    void everyCommandHasHelpWithAnExample() {
        for (String[] command : new String[][] {{"--help"}, {"score", "--help"}, {"instruments", "--help"},
                {"batch", "--help"}, {"enter", "--help"}, {"enter", "sdq", "--help"},
                {"report", "--help"}}) {
            Run run = Run.of(command);
            assertEquals(ExitCodes.OK, run.exit());
            assertTrue(run.out().contains("Example"), String.join(" ", command) + ": " + run.out());
            assertTrue(run.out().contains("Exit codes"), String.join(" ", command));
        }
    }

    @Test
    void noHelpTextMakesPicocliWarnAboutItsFormat() {
        // picocli formats descriptions with String.format: a bare "95% CI" fails, and picocli then prints a warning
        // on System.err (not on the command's writers) and shows the text unformatted.
        for (String[] command : new String[][] {{"--help"}, {"compare", "--help"}, {"cohort", "--help"},
                {"batch", "sdq", "--help"}, {"batch", "ors", "--help"}, {"report", "--help"}, {"norms", "--help"},
                {"enter", "sdq", "--help"}, {"enter", "ors", "--help"}, {"score", "--help"}, {"instruments", "--help"},
                {"completion", "--help"}}) {
            String warnings = systemErrWhile(() -> assertEquals(ExitCodes.OK, Run.of(command).exit()));
            assertEquals("", warnings, String.join(" ", command));
        }
    }

    private static String systemErrWhile(Runnable action) {
        PrintStream original = System.err;
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        System.setErr(new PrintStream(captured, true, StandardCharsets.UTF_8));
        try {
            action.run();
        } finally {
            System.setErr(original);
        }
        return captured.toString(StandardCharsets.UTF_8);
    }

    @Test
    void listsTenSdqVersionsAndTheSixOrsFamilyForms() {
        Run run = Run.of("instruments", "--lang", "en");
        assertEquals(ExitCodes.OK, run.exit());
        assertEquals(1 + 10 + 6, run.out().lines().count(), run.out());
        assertEquals(10, run.out().lines().filter(l -> l.startsWith("sdq-")).count(), run.out());
        assertTrue(run.out().contains("sdq-t-2-4-followup"));
        assertTrue(run.out().contains("ycsrs"));
    }

    @Test
    void showsZScoresAgainstTheNormsThatFitTheChild() {
        Run run = Run.of("score", "--lang", "en", example("sdq-parent-baseline.json").toString());
        assertTrue(run.out().contains("Compared with: SDQ parent, UK girls 5-15"), run.out());
        // emotion 10 against the girls' mean 2.0 and SD 2.0: z = 4.00
        assertTrue(run.out().contains("z +4.00"), run.out());
    }

    @Test
    void saysSoWhenNoNormsTableFits() {
        Run run = Run.of("score", "--lang", "en", "--norms", "nl", example("sdq-parent-baseline.json").toString());
        assertEquals(ExitCodes.OK, run.exit(), run.err());
        assertTrue(run.out().contains("no national norms table fits this child"), run.out());
        assertFalse(run.out().contains("z +"), run.out());
    }

    @Test
    void showsSwedishPreschoolCutOffs() {
        Run run = Run.of("score", "--lang", "sv", "--norms", "se", example("sdq-preschool-teacher.json").toString());
        assertTrue(run.out().contains("vid eller över P90"), run.out());
        assertTrue(run.out().contains("se-preschool-teacher-p90"), run.out());
    }
}
