package se.hlt.assessment.cli;

import java.io.ByteArrayInputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;

/** The outcome of running the command line in a test: exit code, standard output and standard error. */
record Run(int exit, String out, String err) {

    /** Runs {@code hlt} with these arguments. */
    static Run of(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int exit = Hlt.execute(args, new PrintWriter(out, true), new PrintWriter(err, true));
        return new Run(exit, out.toString(), err.toString());
    }

    /** Runs {@code hlt} with these arguments, typing {@code input} as a script would (no prompts shown). */
    static Run typing(String input, String... args) {
        return typing(input, false, args);
    }

    /** Runs {@code hlt} with these arguments, typing {@code input}, as a person at a terminal if interactive. */
    static Run typing(String input, boolean interactive, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int exit = Hlt.execute(args, new ByteArrayInputStream(input.getBytes(StandardCharsets.UTF_8)), interactive,
                new PrintWriter(out, true), new PrintWriter(err, true));
        return new Run(exit, out.toString(), err.toString());
    }
}
