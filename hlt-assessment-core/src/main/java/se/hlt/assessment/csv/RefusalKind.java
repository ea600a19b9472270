package se.hlt.assessment.csv;

import java.util.Locale;

/**
 * Why a whole input file was refused: the one refusal vocabulary of the CSV adapter, for every run (SDQ batch,
 * pairing, cohort, sessions). Each kind has an English message template whose arguments
 * ({@code {0}}, {@code {1}}) are column names, row numbers or option values, never cell values; a user interface
 * can use {@link #code()} to pick its own wording.
 */
public enum RefusalKind {
    /** The file has no header row. */
    EMPTY_FILE("the file is empty: it needs a header row with the column names"),
    /** The first line is blank. */
    BLANK_HEADER("the first line is blank: the header row must be the first line"),
    /** The bytes are not UTF-8 text. Argument: the first row that may hold the bad bytes. */
    NOT_UTF8("the file is not UTF-8 text (from row {0} on); save it as CSV UTF-8"),
    /**
     * The bytes are neither UTF-8 nor Windows-1252 text (UTF-16, a binary file, or a 1252 file with bytes 1252
     * leaves undefined). Argument: the first row that may hold the bad bytes.
     */
    UNKNOWN_ENCODING("the file is neither UTF-8 nor Windows-1252 text (from row {0} on); save it as CSV UTF-8"),
    /**
     * The CSV structure cannot be parsed (e.g. a field larger than the reader accepts). Argument: the first row
     * that may be at fault.
     */
    UNREADABLE_CSV("the file cannot be read as CSV from row {0} on"),
    /** The header names no SDQ item. */
    NO_ITEM_COLUMN("the header has no SDQ item column (names such as pconsid, tconsid or sconsid)"),
    /** Columns for more than one informant. Argument: the columns with their informants. */
    MIXED_INFORMANTS("the file mixes informants ({0}); score each informant in a file of its own"),
    /** The version option names no SDQ version. Arguments: the value given, the versions known. */
    UNKNOWN_VERSION("{0} is not an SDQ version; use one of {1}"),
    /** The version has no form for the file's informant. Arguments: the version, the informant's code. */
    VERSION_NOT_FOR_INFORMANT("the SDQ {0} has no form for this informant ({1})"),
    /** An item column belongs to another version. Arguments: the column, the version. */
    ITEM_NOT_ON_VERSION("column {0} is not an item of the SDQ {1}; check the version"),
    /**
     * Two columns hold the same question or field (two names for it, or one name twice). Arguments: the two
     * columns, as the header has them.
     */
    DUPLICATE_COLUMN("columns {0} and {1} hold the same question or field; keep one"),
    /** The id column the user named is not in the header. Argument: the name. */
    ID_COLUMN_MISSING("the header has no id column {0}"),
    /** The header already has a column the output adds. Argument: the column. */
    OUTPUT_COLUMN_IN_INPUT("the header already has a column {0}, which the output adds; rename or remove it"),
    /** A cell looks like a personal identity number. Arguments: the column, the row. */
    PERSONAL_IDENTITY_NUMBER("column {0}, row {1} looks like a personal identity number; HLT data must use "
            + "pseudonymous ids, so nothing was written"),
    /** A required column is missing. Argument: its name. */
    MISSING_COLUMN("the header has no column {0}"),
    /** No column holds marks, a total or a rating. Argument: the names looked for. */
    NO_ANSWER_COLUMN("the header has no column of marks, total or rating (one of: {0})"),
    /** A client's rows are not together. Argument: the row where the client appears again. */
    CLIENT_SPLIT("row {0} belongs to a client whose rows already ended earlier in the file: sort the file by "
            + "client (then session) so that the rows of each client are together, and run it again"),
    /** Two of the files given are the same file. Arguments: the two paths. */
    SAME_FILE("{0} and {1} are the same file"),
    /**
     * An input that is not a regular file (a folder, a pipe, a device): a run reads its inputs more than once, or
     * from two places at once. Argument: the path.
     */
    INPUT_NOT_A_FILE("{0} cannot be read here: it is a folder, or a pipe or a device, which this command cannot read "
            + "more than once: save the data as a file and give its name"),
    /** An output path that is a folder, a block device, a socket or a link to nothing. Argument: the path. */
    OUTPUT_NOT_A_FILE("{0} is not a file that can be written (a folder, a device or a broken link): give a file name"),
    /** Pairing needs ids, and the file has no id column. */
    ID_COLUMN_NEEDED("the header has no id column (id, or the column named with --id-col): forms can only be "
            + "paired by id"),
    /** A single file to pair has no timepoint column. */
    TIMEPOINT_COLUMN_NEEDED("the header has no timepoint column: in a single file, a timepoint column must tell "
            + "baselines from follow-ups"),
    /** The files to pair hold different informants' forms. Arguments: the two informants' codes. */
    INFORMANTS_DIFFER("the baselines are {0} forms and the follow-ups {1} forms: a pair needs the same informant "
            + "at both times"),
    /** The pairs file lacks a column to group by. Argument: the column. */
    GROUP_COLUMN_MISSING("the file has no column {0} to group by"),
    /** The file is not a pairs file. */
    NOT_A_PAIRS_FILE("the file is not a pairs file from hlt compare: it needs the columns instrument, informant, "
            + "version and score columns such as pemotion_t1, pemotion_t2 and pemotion_change"),
    /** The ORS series file is not one. */
    NOT_A_SERIES_FILE("the file is not a series file from hlt batch ors --series: it needs the columns client, "
            + "episode, rater, sessions, intake_session, intake_total, latest_session, latest_total, change, cutoff, "
            + "reliable_change_points, reliable_change and clinically_significant"),
    /** A score column names no known score. Argument: the column. */
    UNKNOWN_SCORE_COLUMN("column {0} is not a score of an instrument this program knows");

    private final String english;

    RefusalKind(String english) {
        this.english = english;
    }

    /** The English message template, with {@link java.text.MessageFormat} placeholders. */
    public String englishTemplate() {
        return english;
    }

    /** The lower-case name, e.g. {@code mixed_informants}, for message bundle keys and machine output. */
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }
}
