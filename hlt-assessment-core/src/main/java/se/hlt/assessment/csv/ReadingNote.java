package se.hlt.assessment.csv;

import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * Something a completed run noticed about the file as a whole that a researcher should know, told once rather
 * than row by row: a column read under another name, codes it could not read, outputs that stay empty and why,
 * answers that look coded or keyed otherwise than the form says. A note never changes a score.
 *
 * @param kind what was noticed
 * @param arguments the specifics (column names, counts, correlations, short codes; never a longer cell value)
 */
public record ReadingNote(Kind kind, List<String> arguments) {

    /** Checks the kind and copies the arguments. */
    public ReadingNote {
        Objects.requireNonNull(kind, "kind");
        arguments = List.copyOf(arguments);
    }

    /** A note of {@code kind} with these arguments. */
    public static ReadingNote of(Kind kind, Object... arguments) {
        return new ReadingNote(kind, java.util.Arrays.stream(arguments).map(String::valueOf).toList());
    }

    /** The note in one English sentence. */
    public String message() {
        return new MessageFormat(kind.englishTemplate(), Locale.ROOT).format(arguments.toArray());
    }

    /** What a note is about; each has an English template, and {@link #code()} keys other languages. */
    public enum Kind {
        /** A column named with an informant prefix was read in a role. Arguments: the column, the role. */
        PREFIXED_COLUMN_READ("column {0} is read as the {1} (the informant''s prefix and {1}); if it is not, name "
                + "the right column with --column {1}=NAME"),
        /** A column named like a role with another informant's prefix passed through. Arguments: column, role. */
        PREFIXED_COLUMN_PASSED("column {0} passes through untouched: its name is another informant''s prefix and "
                + "{1}; if it is the {1}, give --column {1}={0}"),
        /** Sex cells could not be read. Arguments: the column, how many, the codes found, an example option. */
        SEX_CODES_UNREAD("column {0}: {1} cells hold a sex code that cannot be read ({2}); those rows were scored "
                + "without the sex. Say what the codes mean with --sex-codes, e.g. --sex-codes {3}"),
        /**
         * No row has the age or the sex. Arguments: what is missing ({@code age}, {@code sex} or
         * {@code age and sex}), why ({@code no column} or {@code no cell read}).
         */
        CONTEXT_MISSING("no row has the child''s {0} ({1}): z-scores and national bands stay empty, and so does "
                + "reliable change where its norms depend on age or sex; add the column, or name it with --column"),
        /**
         * Answers look coded from 1. Arguments: the answers one above their question's highest code, the answers
         * at 0, all answers.
         */
        CODED_FROM_ONE("the answers look coded from 1, not 0: {0} of {2} answers are one above the highest code and "
                + "only {1} are 0; if the export numbers the first option 1, give --coding 1-3"),
        /**
         * Reverse-keyed items correlate the wrong way with their scale. Arguments: the items with correlations.
         */
        REVERSED_ALREADY("reverse-keyed items correlate the wrong way with the rest of their scale ({0}): they "
                + "may already be reversed in the export; the scores assume answers as ticked"),
        /** A column among the items holds scale scores. Arguments: the column, its range, the rows. */
        SCALE_SCORES_AMONG_ITEMS("column {0} looks like a column of scale scores, not answers ({1}, in {2} rows); "
                + "scale scores are computed here, and a column of them passes through");

        private final String english;

        Kind(String english) {
            this.english = english;
        }

        /** The English message template, with {@link MessageFormat} placeholders. */
        public String englishTemplate() {
            return english;
        }

        /** The lower-case name, e.g. {@code sex_codes_unread}, for message bundle keys and machine output. */
        public String code() {
            return name().toLowerCase(Locale.ROOT);
        }
    }
}
