package se.hlt.assessment.cli;

import se.hlt.assessment.csv.BatchSummary;
import se.hlt.assessment.csv.CompareSummary;
import se.hlt.assessment.csv.FormulaCount;
import se.hlt.assessment.csv.SessionsSummary;

/**
 * The summary lines of the batch commands in the user's language. The records' own {@code line()} stays English
 * for scripts that call the library; here the words follow {@code --lang}, while the numbers keep their order and
 * are written without grouping (as {@link String#valueOf(long)} writes them), so that a script parses either.
 */
final class SummaryText {

    private SummaryText() {
    }

    /** {@code rows 120, scored 118, errors 2; lines read 121}, in the language of {@code m}. */
    static String batch(BatchSummary s, Messages m) {
        return m.get("summary.batch", n(s.rows()), n(s.scored()), n(s.errors()), n(s.lines()))
                + formulas(s.formulas(), m);
    }

    /** The same line for a sessions batch. */
    static String sessions(SessionsSummary s, Messages m) {
        return m.get("summary.batch", n(s.rows()), n(s.scored()), n(s.errors()), n(s.lines()))
                + formulas(s.formulas(), m);
    }

    /** {@code rows 10 = paired 3 x 2 + unmatched 2 + conflicts 1 + errors 1; lines read 12}, and the ORS join. */
    static String compare(CompareSummary s, Messages m) {
        String line = m.get("summary.compare", n(s.rows()), n(s.pairs()), n(s.unmatched()), n(s.conflicts()),
                n(s.errors()), n(s.lines()));
        CompareSummary.OrsJoin ors = s.ors();
        String joined = ors.rows() == 0 ? line
                : line + m.get("summary.compare.ors", n(ors.rows()), n(ors.joined()), n(ors.errors()));
        return joined + formulas(s.formulas(), m);
    }

    /** {@code pairs 10 = used 8 + left out 2; lines read 12; groups 4, hidden 1}. */
    static String cohort(long pairs, long used, long leftOut, long lines, long groups, long hidden,
                         FormulaCount formulas, Messages m) {
        return m.get("summary.cohort", n(pairs), n(used), n(leftOut), n(lines), n(groups), n(hidden))
                + formulas(formulas, m);
    }

    /** The tail for cells like formulas, empty when there were none. */
    static String formulas(FormulaCount f, Messages m) {
        if (f.cells() == 0) {
            return "";
        }
        return m.get(f.kept() ? "summary.formulas.kept" : "summary.formulas.guarded", n(f.cells()));
    }

    // counts as digits only: MessageFormat would group them (10 000 in Swedish), which a script cannot parse
    private static String n(long count) {
        return String.valueOf(count);
    }
}
