package se.hlt.assessment.cli;

import java.io.PrintWriter;
import java.io.StringWriter;

/** The outcome of running the command line in a test: exit code, standard output and standard error. */
record Run(int exit, String out, String err) {

    /** Runs {@code hlt} with these arguments. */
    static Run of(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int exit = Hlt.execute(args, new PrintWriter(out, true), new PrintWriter(err, true));
        return new Run(exit, out.toString(), err.toString());
    }
}
