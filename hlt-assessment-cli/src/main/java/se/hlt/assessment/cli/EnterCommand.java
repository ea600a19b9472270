package se.hlt.assessment.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code hlt enter}: groups the form entry commands, one per instrument family (added by {@link Hlt}). */
@Command(name = "enter",
        mixinStandardHelpOptions = true,
        description = "Types in a paper form quickly, checks every answer as it is typed, shows the result and "
                + "saves the form as JSON.",
        footer = {"%nExamples:", "  hlt enter sdq --id k-17", "  hlt enter ors --id k-0417 --session 3", ExitCodes.HELP})
final class EnterCommand implements Runnable {

    @Spec
    CommandSpec spec;

    // only so that --lang sv --help shows this command's help in Swedish (Hlt reads it before the parse)
    @picocli.CommandLine.Mixin
    LanguageOption language;

    /** Without a subcommand, show the usage. */
    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
