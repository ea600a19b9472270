package se.hlt.assessment.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CompletionCommandTest {

    @Test
    void printsABashScriptThatKnowsEveryCommand() {
        Run run = Run.of("completion", "bash");
        assertEquals(ExitCodes.OK, run.exit(), run.err());
        assertTrue(run.out().contains("complete -F"), run.out());
        for (String command : new String[] {"score", "enter", "report", "instruments", "norms", "completion"}) {
            assertTrue(run.out().contains(command), command);
        }
        assertTrue(run.out().contains("--pdf") && run.out().contains("--informant"), "options of subcommands");
    }

    @Test
    void bashAcceptsTheScriptAndCompletesASubcommand(@TempDir Path dir) throws IOException, InterruptedException {
        Path script = Files.writeString(dir.resolve("hlt-completion.bash"), Run.of("completion", "bash").out(),
                StandardCharsets.UTF_8);
        // source it, then ask the completion function what follows "hlt rep"
        // compopt works only inside a real completion (the root's --lang values call it): a no-op stands in
        String probe = "compopt() { :; } && source " + script + " && COMP_WORDS=(hlt rep) && COMP_CWORD=1 && COMP_LINE='hlt rep' "
                + "&& COMP_POINT=7 && _picocli_hlt && printf '%s\\n' \"${COMPREPLY[@]}\"";
        Process bash = new ProcessBuilder("bash", "-c", probe).redirectErrorStream(true).start();
        String out = new String(bash.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(bash.waitFor(1, TimeUnit.MINUTES), "bash finished");
        assertEquals(0, bash.exitValue(), out);
        assertEquals("report", out.strip(), out);
    }

    @Test
    void anUnknownShellIsAUsageError() {
        assertEquals(ExitCodes.USAGE, Run.of("completion", "fish").exit());
    }
}
