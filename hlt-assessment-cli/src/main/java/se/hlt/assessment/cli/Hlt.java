package se.hlt.assessment.cli;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.InputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.HelpCommand;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** The {@code hlt} command: scores the SDQ questionnaires used by HLT teams. */
@Command(name = "hlt",
        mixinStandardHelpOptions = true,
        versionProvider = Version.class,
        description = "Scores the questionnaires used by HLT teams (Hälsa, Lärande, Trygghet): the SDQ for "
                + "parents, teachers and young people, baseline and follow-up, exactly as the official scoring "
                + "syntax does.",
        footer = {"%nExamples:",
            "  hlt score examples/sdq-parent-baseline.json",
            "  hlt score --lang sv --json examples/sdq-teacher-prorated.json",
            "  hlt enter sdq --id k-17",
            "  hlt report --lang sv --pdf --out k-17.pdf k-17-t1.json k-17-t2.json",
            "  hlt instruments",
            "  hlt batch sdq --in examples/sdq-parent-batch.csv --out scored.csv",
            "  hlt compare --baseline examples/sdq-baseline.csv --followup examples/sdq-followup.csv --out pairs.csv",
            "  hlt cohort pairs.csv --by area,ageband --out cohort.csv",
            ExitCodes.HELP})
public final class Hlt implements Runnable {

    @Spec
    CommandSpec spec;

    // only so that --lang sv --help shows this command's help in Swedish (Hlt reads it before the parse)
    @picocli.CommandLine.Mixin
    LanguageOption language;

    private final Terminal terminal;

    private Hlt(Terminal terminal) {
        this.terminal = terminal;
    }

    /** Where the commands that ask questions read their answers: standard input, or a test's text. */
    static Terminal terminalOf(CommandSpec anyCommand) {
        return ((Hlt) anyCommand.root().userObject()).terminal;
    }

    /** Without a subcommand, show the usage. */
    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /** Runs the command line and exits with its {@linkplain ExitCodes exit code}. */
    public static void main(String[] args) {
        PrintWriter out = new PrintWriter(new OutputStreamWriter(new FileOutputStream(FileDescriptor.out),
                StandardCharsets.UTF_8), true);
        PrintWriter err = new PrintWriter(new OutputStreamWriter(new FileOutputStream(FileDescriptor.err),
                StandardCharsets.UTF_8), true);
        int code = execute(args, out, err);
        out.flush();
        err.flush();
        System.exit(code);
    }

    /**
     * Runs the command line with the given output streams and returns its exit code; for tests and embedding.
     */
    public static int execute(String[] args, PrintWriter out, PrintWriter err) {
        return execute(args, Terminal.system(), out, err);
    }

    /**
     * Runs the command line reading typed answers from {@code in}, as from a terminal when {@code interactive}
     * (prompts are shown) or as from a script (no prompts); for tests and embedding.
     */
    public static int execute(String[] args, InputStream in, boolean interactive, PrintWriter out,
                              PrintWriter err) {
        return execute(args, new Terminal(in, interactive), out, err);
    }

    /** The subcommands, in the order the usage lists them. */
    private static final List<Class<?>> SUBCOMMANDS = List.of(ScoreCommand.class, EnterCommand.class,
            ReportCommand.class, InstrumentsCommand.class, BatchCommand.class, CompareCommand.class,
            CohortCommand.class, NormsCommand.class, CompletionCommand.class, HelpCommand.class);

    /**
     * Commands that need nothing of the others: given one of them, only it is built. Picocli builds a command's
     * model by reflection over every option of every subcommand, a third of a second for all of them, which
     * {@code hlt score} of one form should not pay. The usage, {@code help} and {@code completion} list every
     * command, so they get the whole tree.
     */
    private static final Map<String, Class<?>> ALONE = Map.of("score", ScoreCommand.class, "enter",
            EnterCommand.class, "report", ReportCommand.class, "instruments", InstrumentsCommand.class, "batch",
            BatchCommand.class, "compare", CompareCommand.class, "cohort", CohortCommand.class, "norms",
            NormsCommand.class);

    /** A command of a group ({@code hlt enter sdq}): its name, as its annotation gives it, and its class. */
    record Member(String name, Class<?> command) {
    }

    /**
     * The commands that group others, and theirs, in the order the usage lists them. Here, not in the groups'
     * annotations: picocli builds every subcommand an annotation names, and {@code hlt enter sdq} should not pay
     * for {@code hlt enter ors} (20 ms of its first prompt).
     */
    static final Map<Class<?>, List<Member>> GROUPS = Map.of(
            EnterCommand.class, List.of(new Member("sdq", EnterSdqCommand.class),
                    new Member("ors", EnterOrsCommand.class)),
            BatchCommand.class, List.of(new Member("sdq", BatchSdqCommand.class),
                    new Member("ors", OrsBatchCommand.class)),
            NormsCommand.class, List.of(new Member("list", NormsCommand.List.class),
                    new Member("show", NormsCommand.Show.class)));

    /** Every command, as the annotations define them: no help texts from the bundles yet, no handlers. */
    static CommandLine commandTree(Terminal terminal) {
        return commandTree(terminal, SUBCOMMANDS, new String[0]);
    }

    private static CommandLine commandTree(Terminal terminal, List<Class<?>> subcommands, String[] args) {
        CommandLine cli = new CommandLine(new Hlt(terminal));
        // loops, not forEach(cli::addSubcommand): see Failures on picocli's classes and the archive
        for (Class<?> subcommand : subcommands) {
            CommandLine command = new CommandLine(subcommand);
            for (Member member : members(subcommand, args)) {
                command.addSubcommand(member.name(), member.command());
            }
            cli.addSubcommand(command);
        }
        return cli;
    }

    /**
     * The members of {@code group} that {@code args} need: the one named right after the group's name, else all
     * (none named, {@code --help}, a misspelt name for picocli to answer).
     */
    static List<Member> members(Class<?> group, String[] args) {
        List<Member> all = GROUPS.getOrDefault(group, List.of());
        for (int i = 0; i + 1 < args.length; i++) {
            if (ALONE.get(args[i]) == group) {
                for (Member member : all) {
                    if (member.name().equals(args[i + 1])) {
                        return List.of(member);
                    }
                }
                return all;
            }
        }
        return all;
    }

    /**
     * The subcommands a command line needs: the one it names first, when that one stands alone; else all (no
     * subcommand, {@code help}, {@code completion}, or a misspelt name that picocli should suggest a command for).
     */
    static List<Class<?>> needed(String[] args) {
        for (String arg : args) {
            if (ALONE.containsKey(arg)) {
                return List.of(ALONE.get(arg));
            }
            if (!arg.startsWith("-") || arg.equals("--")) {
                return SUBCOMMANDS; // a value or another command first: leave it all to picocli
            }
        }
        return SUBCOMMANDS;
    }

    private static int execute(String[] args, Terminal terminal, PrintWriter out, PrintWriter err) {
        if (System.getProperty("hlt.default.lang") == null) {
            System.setProperty("hlt.default.lang", LanguageOption.systemDefault());
        }
        // picocli's default factory otherwise looks for Groovy's closure class at every start: a search of every
        // jar on the class path that fails, about 8 ms of hlt score (profiled). No command is written in Groovy.
        if (System.getProperty("picocli.disable.closures") == null) {
            System.setProperty("picocli.disable.closures", "true");
        }
        Locale language = LanguageOption.requested(args);
        Optional<String> usage = UsageSnapshot.of(args, language);
        if (usage.isPresent()) {
            out.print(usage.get());
            out.flush();
            return CommandLine.ExitCode.OK;
        }
        CommandLine cli = commandTree(terminal, needed(args), args)
                .setResourceBundle(LanguageOption.helpTexts(language))
                .setOut(out)
                .setErr(err)
                .setCaseInsensitiveEnumValuesAllowed(true)
                .setParameterExceptionHandler(new Failures(language))
                .setExecutionExceptionHandler(new Failures(language));
        try {
            return cli.execute(args);
        } catch (OutOfMemoryError e) {
            // a file larger than the heap allows (millions of one-row clients): a refusal with what to do, never a
            // stack trace; every output goes through PendingFile, so nothing half-written is left behind
            err.println(Messages.of(language).get("error.memory",
                    String.valueOf(Runtime.getRuntime().maxMemory() / (1024 * 1024))));
            return ExitCodes.INPUT_REFUSED;
        }
    }

    /**
     * What picocli does on a wrong command line or a command's exception. A named class, not two lambdas: the
     * class-data sharing archive leaves out a class compiled for Java 5 (picocli's) that the archiving itself has
     * to link, and making a lambda of picocli's interfaces, or of a method reference to one of its methods, does;
     * then {@code picocli.CommandLine}, its largest class, was read from the jar and verified at every start
     * (about 15 ms). {@code ./hlt}'s archive now leaves out no class of the jar that a command loads.
     */
    private static final class Failures implements CommandLine.IParameterExceptionHandler,
            CommandLine.IExecutionExceptionHandler {

        private final Locale language;

        Failures(Locale language) {
            this.language = language;
        }

        @Override
        public int handleParseException(CommandLine.ParameterException e, String[] args) {
            return wrongCommandLine(e, args);
        }

        /** An internal error: its kind only, never its message (which may hold a value from the input). */
        @Override
        public int handleExecutionException(Exception e, CommandLine commandLine,
                                            CommandLine.ParseResult parseResult) {
            Messages m = Messages.of(language);
            commandLine.getErr().println(m.get("error.internal", e.getClass().getSimpleName()));
            if (System.getenv("HLT_DEBUG") != null) {
                e.printStackTrace(commandLine.getErr());
            }
            return ExitCodes.INTERNAL_ERROR;
        }
    }

    /**
     * A wrong command line: its one-line error first, in the user's language, then the usage (or picocli's
     * suggestions), exit code 2, as picocli does it, except that an argument holding a personal identity number
     * ({@code --id}, a file name, a stray value) is never repeated.
     */
    private static int wrongCommandLine(CommandLine.ParameterException e, String[] args) {
        CommandLine cli = e.getCommandLine();
        Messages m = Messages.of(LanguageOption.requested(args));
        // English stays picocli's own words, which scripts and users may already know; Swedish is translated
        String message = "sv".equals(m.locale().getLanguage()) ? UsageErrors.said(String.valueOf(e.getMessage()), m)
                : String.valueOf(e.getMessage());
        for (String arg : args) {
            for (String part : new String[] {arg, arg.substring(arg.indexOf('=') + 1)}) {
                if (!part.isEmpty() && m.shown(part) != part) {
                    message = message.replace(part, m.get("withheld"));
                }
            }
        }
        cli.getErr().println(m.shown(message));
        if (!CommandLine.UnmatchedArgumentException.printSuggestions(e, cli.getErr())) {
            cli.usage(cli.getErr());
        }
        return cli.getCommandSpec().exitCodeOnInvalidInput();
    }
}
