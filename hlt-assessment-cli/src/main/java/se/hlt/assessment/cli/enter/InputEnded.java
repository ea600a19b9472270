package se.hlt.assessment.cli.enter;

/** The answers ended (end of standard input) before the form was complete: nothing is saved. */
public final class InputEnded extends Exception {

    private static final long serialVersionUID = 1L;

    /** The input ended while asking {@code where} (a question or step, for the message). */
    public InputEnded(String where) {
        super(where, null, false, false);
    }

    /** What was being asked when the input ended. */
    public String where() {
        return getMessage();
    }
}
