package se.hlt.assessment.cli.enter;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.util.Optional;
import se.hlt.assessment.cli.Messages;
import se.hlt.assessment.privacy.PersonalIdentityNumbers;

/**
 * The conversation of form entry: one question, one typed line. Prompts are shown only to a person at a terminal;
 * from a script the answers simply follow each other on standard input, and each message about a mistake names
 * the input line it is about, since there is no prompt to see.
 *
 * <p>Every typed line passes one screen here, whatever the question (id, age, date, answers, marks, a choice, the
 * review): a line that holds something shaped like a personal identity or co-ordination number is refused, never
 * repeated nor handed on, and the question is asked again. HLT teams document no personal identifiers, and a
 * number typed at the wrong prompt is as personal as one typed at the id prompt.
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

    /**
     * Shows {@code prompt} (to a person) and reads the answer, trimmed; empty when the input has ended. A line that
     * looks like a personal identity number is refused with the general message and the question asked again.
     */
    public Optional<String> ask(String prompt) {
        return ask(prompt, m.get("enter.personal.refused"));
    }

    /**
     * As {@link #ask(String)}, saying {@code refusal} when a line looks like a personal identity number (the id
     * questions say what to type instead).
     */
    public Optional<String> ask(String prompt, String refusal) {
        while (true) {
            Optional<String> line = readLine(prompt);
            if (line.isEmpty() || !PersonalIdentityNumbers.looksLike(line.get())) {
                return line;
            }
            mistake(refusal);
        }
    }

    /**
     * As {@link #ask(String)}, for a line of answer codes typed together ({@code 0121201210 2102101210}): such a
     * line of nothing but digits, spaces and the missing-answer marks is refused only when it holds a number
     * written as one ({@link PersonalIdentityNumbers#looksWritten}), since ten codes run together pass a personal
     * number's check digit one time in ten. Digits other than codes are then refused by the item, one character
     * named; ten that are all codes are answers, whatever else they might spell.
     */
    public Optional<String> askCodes(String prompt) {
        while (true) {
            Optional<String> line = readLine(prompt);
            if (line.isEmpty() || !PersonalIdentityNumbers.looksLike(line.get())
                    || codesOnly(line.get()) && !PersonalIdentityNumbers.looksWritten(line.get())) {
                return line;
            }
            mistake(m.get("enter.personal.refused"));
        }
    }

    private static boolean codesOnly(String line) {
        return line.chars().allMatch(c -> c >= '0' && c <= '9' || c == ' ' || c == '\t' || c == '.' || c == '-');
    }

    private Optional<String> readLine(String prompt) {
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
