package se.hlt.assessment.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Optional;
import picocli.CommandLine.Model.CommandSpec;
import se.hlt.assessment.cli.enter.Dialogue;
import se.hlt.assessment.cli.enter.InputEnded;
import se.hlt.assessment.cli.enter.SaveFile;
import se.hlt.assessment.privacy.PersonalIdentityNumbers;

/**
 * What {@code hlt enter sdq} and {@code hlt enter ors} do alike around the typing: check the options they share,
 * open the dialogue on standard input, and save the form without ever overwriting a file, each ending with the
 * same exit codes and messages.
 */
final class EntryFrame {

    private final Messages m;
    private final PrintWriter stdout;
    private final PrintWriter err;

    EntryFrame(Messages messages, CommandSpec spec) {
        this.m = messages;
        this.stdout = spec.commandLine().getOut();
        this.err = spec.commandLine().getErr();
    }

    /**
     * The exit code if the shared options are refused (said on standard error), else empty: an id shaped like a
     * personal identity number, an age outside 0-120, or an output file that exists.
     */
    Optional<Integer> refused(String id, Integer age, Path out) {
        if (id != null && PersonalIdentityNumbers.looksLike(id)) {
            err.println(m.get("enter.id.option.refused"));
            return Optional.of(ExitCodes.INPUT_REFUSED);
        }
        if (age != null && (age < 0 || age > 120)) {
            err.println(m.get("enter.age.bad", age));
            return Optional.of(ExitCodes.USAGE);
        }
        if (out != null && Files.exists(out)) {
            err.println(m.get("enter.out.exists", out));
            return Optional.of(ExitCodes.INPUT_REFUSED);
        }
        // checked before the typing starts: a whole form typed and then not saved is the worst way to learn it
        Path folder = out == null ? null : out.toAbsolutePath().getParent();
        if (folder != null && !Files.isDirectory(folder)) {
            err.println(m.get("enter.out.no.folder", out));
            return Optional.of(ExitCodes.INPUT_REFUSED);
        }
        return Optional.empty();
    }

    /** The dialogue on the command's standard input, prompting only when it is a terminal. */
    Dialogue dialogue(CommandSpec spec) {
        Terminal terminal = Hlt.terminalOf(spec);
        return new Dialogue(new BufferedReader(new InputStreamReader(terminal.in(), StandardCharsets.UTF_8)),
                terminal.interactive(), err, m);
    }

    /**
     * Saves {@code json} to {@code out}, or to a free name made from {@code defaultName}, never replacing a file.
     *
     * @return the exit code: OK, or INPUT_REFUSED if the file appeared meanwhile
     */
    int save(Path out, String defaultName, String json) throws IOException {
        Path file = out != null ? out : SaveFile.freeName(Path.of(defaultName));
        try {
            Files.writeString(file, json + System.lineSeparator(), StandardCharsets.UTF_8,
                    StandardOpenOption.CREATE_NEW);
        } catch (FileAlreadyExistsException e) {
            err.println(m.get("enter.out.exists", file));
            return ExitCodes.INPUT_REFUSED;
        }
        stdout.println(m.get("enter.saved", file));
        return ExitCodes.OK;
    }

    /** The person chose to quit at the review: nothing is saved. */
    int notSaved() {
        err.println(m.get("enter.not.saved"));
        return ExitCodes.SOME_NOT_SCORED;
    }

    /** Standard input ended before the form was complete: nothing is saved. */
    int inputEnded(InputEnded e) {
        err.println(m.get("enter.input.ended", e.where()));
        return ExitCodes.SOME_NOT_SCORED;
    }
}
