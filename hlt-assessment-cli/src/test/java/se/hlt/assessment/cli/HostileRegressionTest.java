package se.hlt.assessment.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * One test per class of failure {@link HostileInputsTest} found: each was an internal error, a hang, a Java
 * exception's name where a sentence belongs, an input overwritten, or a personal number repeated.
 */
class HostileRegressionTest {

    @TempDir
    Path dir;

    private static String example(String name) {
        return ScoreCommandTest.example(name).toString();
    }

    private static void assertNoExceptionName(Run run) {
        assertFalse((run.out() + run.err()).matches("(?s).*\\b[A-Z][A-Za-z]+(Exception|Error)\\b.*"), run.err());
    }

    @Test
    void aPairsRowOfEmptyCellsIsLeftOutNotAnInternalError() throws IOException {
        Path pairs = dir.resolve("pairs.csv");
        Run.of("compare", "--baseline", example("sdq-baseline.csv"), "--followup", example("sdq-followup.csv"),
                "--out", pairs.toString());
        List<String> lines = new ArrayList<>(Files.readAllLines(pairs));
        lines.add(2, ",".repeat(lines.get(0).split(",", -1).length - 1));
        Files.write(pairs, lines);

        Run run = Run.of("cohort", "--lang", "en", pairs.toString(), "--by", "ageband");

        assertEquals(ExitCodes.SOME_NOT_SCORED, run.exit(), run.err());
        assertTrue(run.err().contains("pairs 17 = used 16 + left out 1; lines read 18"), run.err());
    }

    @Test
    void aFolderIsRefusedByEveryCommandAndAPipeByThoseThatReadTwice() throws Exception {
        Path folder = Files.createDirectory(dir.resolve("folder.csv"));
        Path fifo = dir.resolve("pipe.csv");
        assertEquals(0, new ProcessBuilder("mkfifo", fifo.toString()).start().waitFor(), "mkfifo must work here");
        // should a command open the pipe after all, it reads an empty file at once rather than waiting forever
        Thread feeder = feed(fifo, new byte[0]);
        List<Run> runs = List.of(
                Run.of("batch", "sdq", "--lang", "en", "--in", folder.toString(), "--out", out("b")),
                Run.of("batch", "ors", "--lang", "en", "--in", folder.toString(), "--out", out("o")),
                Run.of("compare", "--lang", "en", "--baseline", folder.toString(), "--followup",
                        example("sdq-followup.csv"), "--out", out("p")),
                Run.of("cohort", "--lang", "en", folder.toString()),
                Run.of("compare", "--lang", "en", "--baseline", fifo.toString(), "--followup",
                        example("sdq-followup.csv"), "--out", out("p")),
                Run.of("cohort", "--lang", "en", fifo.toString()));
        release(fifo, feeder);
        for (Run run : runs) {
            assertEquals(ExitCodes.INPUT_REFUSED, run.exit(), run.err());
            assertTrue(run.err().contains("cannot be read here: it is a folder, or a pipe or a device"), run.err());
        }
    }

    /** A batch reads its input once, front to back, so a pipe ({@code --in <(zcat forms.csv.gz)}) is read. */
    @Test
    void aBatchReadsAPipe() throws Exception {
        Path fifo = dir.resolve("pipe.csv");
        assertEquals(0, new ProcessBuilder("mkfifo", fifo.toString()).start().waitFor(), "mkfifo must work here");
        Thread writer = feed(fifo, Files.readAllBytes(Path.of(example("sdq-parent-batch.csv"))));
        Run run = Run.of("batch", "sdq", "--lang", "en", "--in", fifo.toString(), "--out", out("b"));
        release(fifo, writer);
        assertTrue(run.err().startsWith("rows 12, scored 11, errors 1; lines read 13"), run.err());
    }

    /** Writes {@code bytes} into the pipe on a thread of its own, which waits until something opens it to read. */
    private static Thread feed(Path fifo, byte[] bytes) {
        Thread writer = new Thread(() -> {
            try {
                Files.write(fifo, bytes);
            } catch (IOException e) {
                // the reader closed early: what it read is checked by the test
            }
        });
        writer.start();
        return writer;
    }

    /**
     * Ends the feeding thread: if no command opened the pipe, this end opened here (read and write, which never
     * waits) lets the writer's open return; the few bytes fit the pipe's buffer, so its write returns too.
     */
    private static void release(Path fifo, Thread writer) throws Exception {
        try (java.io.RandomAccessFile end = new java.io.RandomAccessFile(fifo.toFile(), "rw")) {
            writer.join();
        }
    }

    private String out(String name) {
        return dir.resolve(name + ".csv").toString();
    }

    @Test
    void fileErrorsAreSentencesInTheChosenLanguage() throws IOException {
        Path latin1 = Files.write(dir.resolve("form.json"), "{\"id\": \"G\u00f6ta\"}".getBytes(StandardCharsets.ISO_8859_1));
        Run notUtf8 = Run.of("score", "--lang", "en", latin1.toString());
        assertEquals(ExitCodes.INPUT_REFUSED, notUtf8.exit());
        assertTrue(notUtf8.err().contains("it is not UTF-8 text: save it as UTF-8"), notUtf8.err());
        assertNoExceptionName(notUtf8);

        Run missingFolder = Run.of("batch", "sdq", "--lang", "sv", "--in", example("sdq-parent-batch.csv"),
                "--out", dir.resolve("missing/out.csv").toString());
        assertEquals(ExitCodes.INPUT_REFUSED, missingFolder.exit());
        assertTrue(missingFolder.err().contains("filen eller mappen finns inte"), missingFolder.err());
        assertTrue(missingFolder.err().contains(dir.resolve("missing/out.csv").toString()), missingFolder.err());
        assertNoExceptionName(missingFolder);

        Run norms = Run.of("norms", "list", "--norms-file", dir.resolve("none.json").toString());
        assertEquals(ExitCodes.INPUT_REFUSED, norms.exit());
        assertNoExceptionName(norms);
    }

    @Test
    void aReportIsNeverWrittenOverItsInputNorIntoAFolder() throws IOException {
        Path form = Files.copy(ScoreCommandTest.example("sdq-parent-baseline.json"), dir.resolve("form.json"));
        byte[] before = Files.readAllBytes(form);

        Run overInput = Run.of("report", "--lang", "en", "--out", form.toString(), form.toString());
        assertEquals(ExitCodes.INPUT_REFUSED, overInput.exit(), overInput.err());
        assertTrue(overInput.err().contains("are the same file"), overInput.err());
        assertArrayEquals(before, Files.readAllBytes(form));

        Path folder = Files.createDirectory(dir.resolve("page.html"));
        Run intoFolder = Run.of("report", "--lang", "en", "--out", folder.toString(), form.toString());
        assertEquals(ExitCodes.INPUT_REFUSED, intoFolder.exit(), intoFolder.err());
        assertTrue(intoFolder.err().contains("is not a file that can be written"), intoFolder.err());

        Run missing = Run.of("report", "--lang", "en", "--out", dir.resolve("no/page.html").toString(),
                form.toString());
        assertEquals(ExitCodes.INPUT_REFUSED, missing.exit(), missing.err());
        assertNoExceptionName(missing);

        Path stale = Files.writeString(dir.resolve(".r.html.999999999-abc.part"), "left by a killed run");
        Run written = Run.of("report", "--lang", "en", "--out", dir.resolve("r.html").toString(), form.toString());
        assertEquals(ExitCodes.OK, written.exit(), written.err());
        assertFalse(Files.exists(stale), "a killed run's temporary file is removed");
        assertTrue(Files.readString(dir.resolve("r.html")).contains("<html"));
    }

    @Test
    void aWrongCommandLineNeverRepeatsAPersonalNumber() {
        Random random = new Random(5);
        for (int shape = 0; shape < HostileNumbers.SHAPES.size(); shape++) {
            String core = HostileNumbers.core(random);
            String pin = HostileNumbers.shaped(shape, core);
            for (String[] line : new String[][] {{"instruments", pin}, {"score", "--lang", pin, "x.json"},
                {"score", "--nosuch=" + pin, "x.json"}, {"norms", "list", "--lang", pin}}) {
                Run run = Run.typing("", line);
                assertEquals(ExitCodes.USAGE, run.exit(), run.err());
                assertFalse(HostileNumbers.leaks(run.out() + run.err(), core), run.err());
                assertTrue(run.err().contains("[withheld") || run.err().contains("[utelämnat"), run.err());
            }
        }
    }

    @Test
    void aNormsTableWhoseTextsHoldAPersonalNumberIsRefusedWithoutIt() throws IOException {
        Random random = new Random(9);
        String table = Files.readString(Path.of(System.getProperty("hlt.repo.dir", ".."))
                .resolve("norms/src/main/resources/hlt/norms/sdq/nl-teacher-4-10.json"));
        for (int shape = 0; shape < HostileNumbers.SHAPES.size(); shape++) {
            String core = HostileNumbers.core(random);
            String pin = HostileNumbers.shaped(shape, core);
            Path file = Files.writeString(dir.resolve("n" + shape + ".json"),
                    table.replaceFirst("\"id\"\\s*:\\s*\"[^\"]*\"", "\"id\": \"" + pin + "\""));
            Run run = Run.of("norms", "list", "--norms-file", file.toString());
            assertEquals(ExitCodes.INPUT_REFUSED, run.exit(), run.err());
            assertFalse(HostileNumbers.leaks(run.out() + run.err(), core), run.err());
        }
    }
}
