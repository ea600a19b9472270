package se.hlt.assessment.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A command line that names a command standing alone builds only that command (start-up, issue 16), and every
 * other one still meets the whole tree: the usage lists every command, and a misspelt name gets a suggestion.
 */
class CommandTreeTest {

    @Test
    void aCommandThatStandsAloneIsBuiltAlone() {
        assertEquals(List.of(ScoreCommand.class), Hlt.needed(new String[] {"score", "form.json"}));
        assertEquals(List.of(EnterCommand.class), Hlt.needed(new String[] {"enter", "sdq", "--id", "k-1"}));
        assertEquals(List.of(BatchCommand.class), Hlt.needed(new String[] {"batch", "sdq", "--in", "a.csv"}));
    }

    @Test
    void theUsageHelpCompletionAndAnythingUnclearGetEveryCommand() {
        int all = Hlt.needed(new String[0]).size();
        assertTrue(all >= 10, "every command: " + all);
        for (String[] args : List.of(new String[] {"--help"}, new String[] {"help", "score"},
                new String[] {"completion"}, new String[] {"scor", "form.json"},
                new String[] {"--lang", "sv", "score"})) {
            assertEquals(all, Hlt.needed(args).size(), String.join(" ", args));
        }
    }

    @Test
    void theAnswersAreTheSameWithTheWholeTreeOrOneCommand() {
        // a misspelt command is still suggested, and a command's own help and errors are unchanged
        Run misspelt = Run.of("scor", "x.json");
        assertEquals(ExitCodes.USAGE, misspelt.exit());
        assertTrue(misspelt.err().contains("score"), misspelt.err());
        Run help = Run.of("score", "--help");
        assertEquals(ExitCodes.OK, help.exit(), help.err());
        assertTrue(help.out().contains("Usage: hlt score"), help.out());
        Run usage = Run.of("--help");
        for (String command : List.of("score", "enter", "report", "batch", "compare", "cohort", "completion")) {
            assertTrue(usage.out().contains("  " + command + " "), command + " in " + usage.out());
        }
    }
}
