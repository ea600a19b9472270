package se.hlt.assessment.cli.enter;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.util.Optional;
import se.hlt.assessment.cli.Messages;

/**
 * The conversation of form entry: one question, one typed line. Prompts are shown only to a person at a terminal;
 * from a script the answers simply follow each other on standard input, and each message about a mistake names
 * the input line it is about, since there is no prompt to see.
 */
public final class Dialogue {

    private final BufferedReader in;
    private final boolean interactive;
    private final PrintWriter talk;
    private final Messages m;
    private int lineNumber;

    /**
     * A dialogue reading answers from {@code in} and writing prompts and messages to {@code talk}.
     *
     * @param interactive whether a person types the answers (then prompts are shown)
     */
    public Dialogue(BufferedReader in, boolean interactive, PrintWriter talk, Messages messages) {
        this.in = in;
        this.interactive = interactive;
        this.talk = talk;
        this.m = messages;
    }

    /** The texts of the chosen language. */
    public Messages messages() {
        return m;
    }

    /** Shows {@code prompt} (to a person) and reads the answer, trimmed; empty when the input has ended. */
    public Optional<String> ask(String prompt) {
        if (interactive) {
            talk.print(prompt + ": ");
            talk.flush();
        }
        try {
            String line = in.readLine();
            if (line == null) {
                return Optional.empty();
            }
            lineNumber++;
            return Optional.of(line.strip());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Tells the person something worth knowing (shown from a script too). */
    public void tell(String text) {
        talk.println(text);
        talk.flush();
    }

    /** Says what was wrong with the line just read; from a script, naming the line. */
    public void mistake(String text) {
        tell(interactive ? capitalised(text) : m.get("enter.line", lineNumber, text));
    }

    private static String capitalised(String text) {
        return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }

    /** Shows {@code text} only to a person at a terminal, such as help before a question. */
    public void hint(String text) {
        if (interactive) {
            tell(text);
        }
    }
}
