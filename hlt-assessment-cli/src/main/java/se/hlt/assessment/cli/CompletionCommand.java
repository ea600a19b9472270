package se.hlt.assessment.cli;

import java.util.concurrent.Callable;
import picocli.AutoComplete;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code hlt completion bash}: prints a bash completion script generated from the command line's own definition,
 * so it always knows every command and option.
 */
@Command(name = "completion",
        mixinStandardHelpOptions = true,
        description = "Prints a script that lets bash complete hlt's commands and options with the Tab key.",
        footer = {"%nExamples:",
            "  source <(hlt completion bash)                     # for this shell",
            "  hlt completion bash > ~/.local/share/bash-completion/completions/hlt   # for good",
            ExitCodes.HELP})
final class CompletionCommand implements Callable<Integer> {

    /** The shells a script can be printed for. */
    enum Shell { bash }

    @Parameters(paramLabel = "bash", descriptionKey = "shell", description = "The shell: bash (zsh reads it too, with bashcompinit).")
    Shell shell;

    @Spec
    CommandSpec spec;

    // only so that --lang sv --help shows this command's help in Swedish (Hlt reads it before the parse)
    @picocli.CommandLine.Mixin
    LanguageOption language;

    @Override
    public Integer call() {
        spec.commandLine().getOut().print(AutoComplete.bash("hlt", spec.root().commandLine()));
        spec.commandLine().getOut().flush();
        return ExitCodes.OK;
    }
}
