package se.hlt.assessment.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.util.Optional;
import se.hlt.assessment.json.JsonSyntax;

/**
 * A JSON file named on the command line ({@code hlt score}, {@code hlt report}): read whole, and refused as a whole
 * (exit code 3, as an unreadable file is) when it cannot be read or is not JSON at all, with the library's reason.
 * A file that is JSON but not a valid form is the caller's to report (exit code 1).
 */
final class JsonFiles {

    /** Gives a file's text. */
    interface Source {
        String read() throws IOException;
    }

    private JsonFiles() {
    }

    /** The text of the file {@code name}, or empty after saying on {@code err} why it is refused. */
    static Optional<String> text(Object name, Source source, Messages m, PrintWriter err) {
        String content;
        try {
            content = source.read();
        } catch (IOException | RuntimeException e) {
            err.println(m.get("score.cannot.read", name, m.ioReason(e)));
            return Optional.empty();
        }
        Optional<String> notJson = JsonSyntax.problem(content, m.locale());
        if (notJson.isPresent()) {
            err.println(m.get("score.not.json", name, notJson.get()));
            return Optional.empty();
        }
        return Optional.of(content);
    }
}
