package se.hlt.assessment.csv;

import java.util.List;
import java.util.Objects;
import se.hlt.assessment.instrument.Informant;
import se.hlt.assessment.pairing.FollowUpWindow;

/**
 * What a completed pairing run did. Every input row is in exactly one place, so
 * {@code rows == 2 × pairs + unmatched + conflicts + errors} always.
 *
 * @param rows the input rows of every file (blank lines are not rows)
 * @param pairs the pairs written, each of two rows
 * @param unmatched the rows without a partner
 * @param conflicts the rows whose partner cannot be told or contradicts them
 * @param errors the rows that could not be scored
 * @param blankLines the completely empty lines skipped
 * @param informant whose forms were paired
 * @param version the version of the form
 * @param window the follow-up window
 * @param shorterThanWindow pairs whose interval is shorter than the window
 * @param longerThanWindow pairs whose interval is longer than the window
 * @param withoutDates pairs without a date at both times
 * @param withoutReliableChange pairs with no reliable change index on any scale (no norms table fits the child)
 * @param withAddedValue pairs with an Added Value Score
 * @param ors what joining an ORS series file did; all counts 0 without one
 * @param lines the lines of the SDQ files read, headers and blank lines included
 * @param formulas the cells of input text written that started like a spreadsheet formula
 * @param encodings the encodings the input files were read in (the SDQ files, then an ORS series file), each once
 * @param notes what the run noticed about the files as wholes, each once
 */
public record CompareSummary(long rows, long pairs, long unmatched, long conflicts, long errors, long blankLines,
                             Informant informant, String version, FollowUpWindow window, long shorterThanWindow,
                             long longerThanWindow, long withoutDates, long withoutReliableChange,
                             long withAddedValue, OrsJoin ors, long lines, FormulaCount formulas,
                             List<TextEncoding> encodings, List<ReadingNote> notes) {

    /**
     * What joining an ORS series file did: every series row joins the pairs file or, unreadable, the errors file,
     * {@code rows == joined + errors}.
     *
     * @param rows the series rows read
     * @param joined the rows written to the pairs file
     * @param errors the rows written to the errors file
     * @param withSdqPair the joined rows whose client has an SDQ pair, whose grouping columns, age and sex they take
     */
    public record OrsJoin(long rows, long joined, long errors, long withSdqPair) {

        /** No series file. */
        public static final OrsJoin NONE = new OrsJoin(0, 0, 0, 0);

        /** Checks that the counts reconcile. */
        public OrsJoin {
            if (joined < 0 || errors < 0 || rows != joined + errors || withSdqPair > joined) {
                throw new IllegalArgumentException("ORS rows " + rows + " != joined " + joined + " + errors "
                        + errors);
            }
        }
    }

    /** Checks that the counts reconcile. */
    public CompareSummary {
        Objects.requireNonNull(ors, "ors");
        Objects.requireNonNull(formulas, "formulas");
        Objects.requireNonNull(informant, "informant");
        Objects.requireNonNull(version, "version");
        Objects.requireNonNull(window, "window");
        encodings = encodings.stream().distinct().toList();
        notes = notes.stream().distinct().toList();
        if (pairs < 0 || unmatched < 0 || conflicts < 0 || errors < 0
                || rows != 2 * pairs + unmatched + conflicts + errors) {
            throw new IllegalArgumentException("rows " + rows + " != 2 x pairs " + pairs + " + unmatched "
                    + unmatched + " + conflicts " + conflicts + " + errors " + errors);
        }
    }

    /**
     * The counts in one line that shows how they reconcile, e.g.
     * {@code rows 10 = paired 3 x 2 + unmatched 2 + conflicts 1 + errors 1; lines read 12}.
     */
    public String line() {
        String line = "rows " + rows + " = paired " + pairs + " x 2 + unmatched " + unmatched + " + conflicts "
                + conflicts + " + errors " + errors + "; lines read " + lines;
        String joined = ors.rows() == 0 ? line : line + "; ORS series rows " + ors.rows() + " = joined "
                + ors.joined() + " + errors " + ors.errors();
        return joined + formulas.phrase() + TextEncoding.phrase(encodings);
    }

    /** Whether every row is part of a pair, and every ORS series row was joined. */
    public boolean allPaired() {
        return rows == 2 * pairs && ors.errors() == 0;
    }
}
