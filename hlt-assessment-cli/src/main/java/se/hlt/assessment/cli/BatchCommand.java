package se.hlt.assessment.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code hlt batch}: groups the batch commands, one per instrument family (added by {@link Hlt}). */
@Command(name = "batch",
        mixinStandardHelpOptions = true,
        description = "Scores a whole CSV file of forms, one form per row, for research and follow-up.",
        footer = {"%nExamples:", "  hlt batch sdq --in examples/sdq-parent-batch.csv --out scored.csv",
            "  hlt batch ors --in examples/ors-sessions.csv --out scored.csv --series series.csv",
            ExitCodes.HELP})
final class BatchCommand implements Runnable {

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
