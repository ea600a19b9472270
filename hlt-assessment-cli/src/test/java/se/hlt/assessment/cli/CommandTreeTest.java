package se.hlt.assessment.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;
import picocli.CommandLine.Command;

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
    void aGroupsMemberThatIsNamedIsBuiltAlone() {
        assertEquals(List.of("sdq"), names(Hlt.members(EnterCommand.class, new String[] {"enter", "sdq", "--id",
                "k-1"})));
        assertEquals(List.of("ors"), names(Hlt.members(BatchCommand.class, new String[] {"--lang", "sv", "batch",
                "ors"})));
        assertEquals(List.of("sdq", "ors"), names(Hlt.members(EnterCommand.class, new String[] {"enter",
                "--help"})));
        assertEquals(List.of("list", "show"), names(Hlt.members(NormsCommand.class, new String[] {"norms", "lst"})));
        assertEquals(List.of("sdq", "ors"), names(Hlt.members(EnterCommand.class, new String[] {"enter"})));
    }

    @Test
    void everyMemberIsNamedAsItsAnnotationNamesItAndIsInTheWholeTree() {
        CommandLine tree = Hlt.commandTree(Terminal.system());
        int members = 0;
        for (Map.Entry<Class<?>, List<Hlt.Member>> group : Hlt.GROUPS.entrySet()) {
            String groupName = group.getKey().getAnnotation(Command.class).name();
            for (Hlt.Member member : group.getValue()) {
                assertEquals(member.command().getAnnotation(Command.class).name(), member.name());
                assertTrue(tree.getSubcommands().get(groupName).getSubcommands().containsKey(member.name()),
                        groupName + " " + member.name());
                members++;
            }
        }
        assertEquals(6, members);
    }

    private static List<String> names(List<Hlt.Member> members) {
        return members.stream().map(Hlt.Member::name).toList();
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
