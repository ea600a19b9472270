package se.hlt.assessment.csv;

import java.text.MessageFormat;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * Why a sessions file was refused as a whole: nothing is written for it, and existing output files are left as
 * they were.
 *
 * @param kind what is wrong
 * @param arguments the specifics (column names, row numbers; never a cell's value)
 */
public record SessionsRefusal(Kind kind, List<String> arguments) {

    /** What can make a whole file unusable. Each has an English message; {@code {0}}, {@code {1}} are arguments. */
    public enum Kind {
        /** The file has no header row. */
        EMPTY_FILE("the file is empty: it needs a header row (client, session, instrument, the scales...)"),
        /** The first line is blank. */
        BLANK_HEADER("the first line is blank: the header row must be the first line"),
        /** A required column is missing. Argument: its name. */
        MISSING_COLUMN("the header has no column {0}"),
        /** A recognised column appears twice. Argument: its name. */
        DUPLICATE_COLUMN("the header has the column {0} twice"),
        /** No column holds marks, a total or a rating. Argument: the names looked for. */
        NO_ANSWER_COLUMN("the header has no column of marks, total or rating (one of: {0})"),
        /** A cell looks like a personal identity number. Arguments: row, column. */
        PERSONAL_IDENTITY_NUMBER("row {0}, column {1}, looks like a personal identity number: this program takes "
                + "pseudonymous ids only, and no file was written"),
        /** A client's rows are not together. Argument: the row where the client appears again. */
        CLIENT_SPLIT("row {0} belongs to a client whose rows already ended earlier in the file: sort the file by "
                + "client (then session) so that each client''s rows are together, and run it again"),
        /** The bytes are not UTF-8. Argument: the first row that may hold them. */
        NOT_UTF8("the file is not UTF-8 text (from row {0} on): save it as CSV UTF-8"),
        /** The CSV cannot be parsed. Argument: the first row that may be at fault. */
        UNREADABLE_CSV("the file cannot be read as CSV from row {0} on"),
        /** Two of the files named are one. Arguments: the two names. */
        SAME_FILE("{0} and {1} are the same file");

        private final String english;

        Kind(String english) {
            this.english = english;
        }

        /** The lower-case name, e.g. {@code client_split}, for a user interface to choose its own wording by. */
        public String code() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    /** Checks the kind and copies the arguments. */
    public SessionsRefusal {
        Objects.requireNonNull(kind, "kind");
        arguments = List.copyOf(arguments);
    }

    /** A refusal of {@code kind} with these arguments. */
    public static SessionsRefusal of(Kind kind, Object... arguments) {
        return new SessionsRefusal(kind, Arrays.stream(arguments).map(String::valueOf).toList());
    }

    /** The refusal in one English sentence. */
    public String message() {
        return new MessageFormat(kind.english, Locale.ROOT).format(arguments.toArray());
    }
}
