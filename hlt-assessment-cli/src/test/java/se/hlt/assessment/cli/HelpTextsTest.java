package se.hlt.assessment.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;
import picocli.CommandLine.Model.ArgSpec;

/** The {@code --help} of every command, in English as the annotations say it and in Swedish from the bundle. */
class HelpTextsTest {

    /** Every command below {@code hlt}, and {@code hlt} itself, with its path of names. */
    private static List<CommandLine> everyCommand(CommandLine top) {
        List<CommandLine> all = new ArrayList<>(List.of(top));
        top.getSubcommands().values().forEach(sub -> all.addAll(everyCommand(sub)));
        return all;
    }

    private static List<String> path(CommandLine command) {
        List<String> names = new ArrayList<>(List.of(command.getCommandSpec().qualifiedName().split(" ")));
        return names.subList(1, names.size());
    }

    private static String usage(CommandLine command) {
        StringWriter text = new StringWriter();
        command.usage(new PrintWriter(text, true));
        return text.toString();
    }

    private static String squeezed(String text) {
        return text.replaceAll("\\s+", "");
    }

    @Test
    void theEnglishBundleSaysExactlyWhatTheAnnotationsSay() {
        CommandLine annotations = Hlt.commandTree(Terminal.system());
        CommandLine english = Hlt.commandTree(Terminal.system())
                .setResourceBundle(LanguageOption.helpTexts(Locale.ENGLISH));
        List<CommandLine> a = everyCommand(annotations);
        List<CommandLine> e = everyCommand(english);
        assertEquals(a.size(), e.size());
        assertTrue(a.size() >= 15, "every command and subcommand: " + a.size());
        for (int i = 0; i < a.size(); i++) {
            assertEquals(usage(a.get(i)), usage(e.get(i)), "help of " + path(a.get(i)));
        }
    }

    @Test
    void langSvHelpIsSwedishForEveryCommandItsDescriptionAndEveryOption() {
        for (CommandLine command : everyCommand(Hlt.commandTree(Terminal.system()))) {
            List<String> args = new ArrayList<>(path(command));
            boolean helpCommand = args.equals(List.of("help"));
            args.addAll(helpCommand ? List.of() : List.of("--lang", "sv", "--help"));
            Run run = helpCommand ? Run.of("--lang", "sv", "help", "help") : Run.of(args.toArray(String[]::new));
            assertEquals(ExitCodes.OK, run.exit(), args + ": " + run.err());
            assertTrue(run.out().contains("Användning: hlt"), args + ":\n" + run.out());
            String swedish = squeezed(run.out());
            // the English texts of the annotations must all be gone: a key missing in Swedish would leave one
            List<String> english = new ArrayList<>(List.of(command.getCommandSpec().usageMessage().description()));
            for (ArgSpec arg : command.getCommandSpec().args()) {
                english.addAll(List.of(arg.description()));
            }
            for (String text : english) {
                String plain = squeezed(String.format(text.replace("${DEFAULT-VALUE}", "")));
                assertFalse(plain.length() > 12 && swedish.contains(plain), args + " still says: " + text);
            }
        }
    }

    @Test
    void aSwedishSystemLocaleGivesSwedishHelpWithoutLang() throws IOException, InterruptedException {
        Process java = new ProcessBuilder(System.getProperty("java.home") + "/bin/java", "-Duser.language=sv",
                "-Duser.country=SE", "-cp", System.getProperty("java.class.path"), Hlt.class.getName(), "batch", "sdq",
                "--help").redirectErrorStream(true).start();
        String out = new String(java.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(0, java.waitFor(), out);
        assertTrue(out.startsWith("Användning: hlt batch sdq"), out);
        assertTrue(out.contains("CSV-filen som ska poängsättas."), out);
        assertTrue(out.contains("här sv)"), "the default language is shown: " + out);
    }

    @Test
    void aBadOptionIsAnsweredWithItsOneLineErrorInSwedishBeforeTheUsage() {
        Run unknown = Run.of("score", "--lang", "sv", "--bogus", "x.json");
        assertEquals(ExitCodes.USAGE, unknown.exit());
        assertTrue(unknown.err().startsWith("Okänt alternativ eller argument: '--bogus'\n"), unknown.err());
        assertTrue(unknown.err().contains("Användning: hlt score"), unknown.err());
        Run missing = Run.of("batch", "sdq", "--lang", "sv", "--in", "x.csv");
        assertTrue(missing.err().startsWith("Obligatoriskt alternativ saknas: '--out=OUT.csv'\n"), missing.err());
        Run value = Run.of("compare", "--lang", "sv", "--out");
        assertTrue(value.err().startsWith("Alternativet '--out' behöver ett värde (PAIRS.csv)\n"), value.err());
        Run english = Run.of("score", "--lang", "en", "--bogus", "x.json");
        assertTrue(english.err().startsWith("Unknown option: '--bogus'\n"), english.err());
    }

    @Test
    void theValuesAnOptionAcceptsAreInItsHelpAndInTheCompletionScript() {
        Run help = Run.of("enter", "sdq", "--lang", "sv", "--help");
        assertTrue(help.out().contains("--informant=parent|teacher|self"), help.out());
        assertTrue(help.out().contains("--lang=en|sv"), help.out());
        Run completion = Run.of("completion", "bash");
        assertTrue(completion.out().contains("(\"en\" \"sv\")"), "the --lang values are completed");
    }
}
