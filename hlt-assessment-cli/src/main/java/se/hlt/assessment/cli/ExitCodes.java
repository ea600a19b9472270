package se.hlt.assessment.cli;

/**
 * The exit codes of every {@code hlt} command, stable so that scripts can rely on them.
 */
public final class ExitCodes {

    /** Everything was read and scored. */
    public static final int OK = 0;
    /** The run completed, but some forms or rows had problems and were not scored (they are listed). */
    public static final int SOME_NOT_SCORED = 1;
    /** The command line was wrong (unknown option, missing argument); usage is printed. */
    public static final int USAGE = 2;
    /** The input was refused as a whole (unreadable file, mixed informants, personal identity numbers...). */
    public static final int INPUT_REFUSED = 3;
    /** An unexpected failure inside the program: please report it. */
    public static final int INTERNAL_ERROR = 4;

    /** The text for {@code --help} footers. */
    static final String HELP = "%nExit codes:%n  0  everything scored%n  1  some forms or rows not scored "
            + "(each listed with the reason)%n  2  wrong command line%n  3  input refused as a whole%n"
            + "  4  internal error";

    private ExitCodes() {
    }
}
