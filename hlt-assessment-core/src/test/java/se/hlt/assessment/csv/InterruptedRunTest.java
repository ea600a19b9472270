package se.hlt.assessment.csv;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.File;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A run interrupted by Ctrl-C (SIGINT) or SIGTERM removes its temporary files and leaves no output: a real child
 * JVM runs the batch, reading from a pipe that the test keeps open so that the run is caught mid-way, with its
 * temporary files written, when the signal comes.
 */
class InterruptedRunTest {

    @TempDir
    Path dir;

    /** The child: scores the CSV read from {@code args[0]} into {@code args[1]}. */
    public static void main(String[] args) throws IOException {
        SdqCsvBatch.builtIn().run(Path.of(args[0]), Path.of(args[1]), Path.of(args[1] + ".errors"),
                SdqBatchOptions.defaults());
    }

    @ParameterizedTest
    @ValueSource(strings = {"INT", "TERM"})
    void aSignalMidRunLeavesNoTemporaryFileAndNoOutput(String signal) throws Exception {
        Path fifo = dir.resolve("in.csv");
        Path out = dir.resolve("out.csv");
        run("mkfifo", fifo.toString());
        List<String> command = new java.util.ArrayList<>(sigintIgnored()
                // started in the background by a shell without job control, this JVM ignores SIGINT and so would
                // the child (as nohup wants); perl, in every Debian and macOS, gives the child the default back
                ? List.of("perl", "-e", "$SIG{INT} = 'DEFAULT'; exec @ARGV or die") : List.of());
        command.addAll(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-cp",
                classPath(), InterruptedRunTest.class.getName(), fifo.toString(), out.toString()));
        Process child = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(dir.resolve("child.log").toFile()).start();
        // opened for reading and writing, the pipe does not wait for the child to open it (nor hang if it died)
        try (RandomAccessFile pipe = new RandomAccessFile(fifo.toFile(), "rw")) {
            pipe.write(SdqCsv.withPrefix("p").row("c1", "1", SdqCsv.cells()).text().getBytes(StandardCharsets.UTF_8));
            // the run's two temporary files (output, errors), or the child's end
            waitFor(() -> parts().size() == 2 || !child.isAlive());
            assertTrue(child.isAlive(), () -> "the child ended early: " + log());
            // a child that ignores the signal would never end: say so rather than wait for it
            assertFalse(ignores(child.pid(), signal), "the child ignores SIG" + signal + ", so it cannot be tested");
            run("kill", "-" + signal, Long.toString(child.pid()));
            child.waitFor();
        } catch (IOException e) {
            // the child closed the pipe when it ended: what matters is below
        }
        assertEquals(List.of(), parts(), () -> "no temporary file is left: " + log());
        assertFalse(Files.exists(out), "an interrupted run writes no output");
    }

    /** Whether this JVM ignores SIGINT, as children then would. */
    private static boolean sigintIgnored() throws IOException {
        return ignores("self", "INT");
    }

    /** Whether process {@code pid} ignores {@code signal} (INT or TERM): its bit in SigIgn of /proc/PID/status. */
    private static boolean ignores(Object pid, String signal) throws IOException {
        Path status = Path.of("/proc", pid.toString(), "status");
        if (!Files.exists(status)) {
            return false;
        }
        long bit = 1L << ((signal.equals("INT") ? 2 : 15) - 1);
        for (String line : Files.readAllLines(status)) {
            if (line.startsWith("SigIgn:")) {
                return (Long.parseLong(line.substring(7).trim(), 16) & bit) != 0;
            }
        }
        return false;
    }

    /** The test's class path and module path as one class path: the child needs the library and this class. */
    private static String classPath() {
        return Stream.of(System.getProperty("jdk.module.path"), System.getProperty("java.class.path"))
                .filter(p -> p != null && !p.isEmpty()).collect(Collectors.joining(File.pathSeparator));
    }

    private String log() {
        try {
            return Files.readString(dir.resolve("child.log"));
        } catch (IOException e) {
            return "(no log)";
        }
    }

    private List<Path> parts() throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(f -> f.getFileName().toString().endsWith(".part")).toList();
        }
    }

    private interface Condition {
        boolean holds() throws IOException;
    }

    /**
     * Waits until {@code condition} holds, looking every 20 ms. No deadline: every condition given here also holds
     * when the child has ended, so the wait ends with the child whatever it does.
     */
    private static void waitFor(Condition condition) throws Exception {
        while (!condition.holds()) {
            Thread.sleep(20);
        }
    }

    /** Runs a POSIX command; the test needs mkfifo and kill, as any Linux or macOS machine has. */
    private static void run(String... command) throws Exception {
        Process p;
        try {
            p = new ProcessBuilder(command).inheritIO().start();
        } catch (IOException e) {
            throw new AssertionError(command[0] + " is needed for this test (a POSIX system): " + e.getMessage(), e);
        }
        assertEquals(0, p.waitFor(), String.join(" ", command));
    }
}
