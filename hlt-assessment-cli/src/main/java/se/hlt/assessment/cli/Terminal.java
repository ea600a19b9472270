package se.hlt.assessment.cli;

import java.io.InputStream;
import java.util.Objects;

/**
 * Where a command that asks questions reads the answers, and whether a person is typing them.
 *
 * @param in the answers, one per line (standard input, or a test's text)
 * @param interactive whether a person at a terminal types them: then prompts are shown; from a script they are not
 */
record Terminal(InputStream in, boolean interactive) {

    /** Checks the input. */
    Terminal {
        Objects.requireNonNull(in, "in");
    }

    /** Standard input, interactive when the program runs at a terminal. */
    static Terminal system() {
        return new Terminal(System.in, System.console() != null);
    }
}
