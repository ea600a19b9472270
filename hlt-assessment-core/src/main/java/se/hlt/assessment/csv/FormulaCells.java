package se.hlt.assessment.csv;

import java.util.concurrent.atomic.AtomicLong;

/**
 * What makes a cell a formula to a spreadsheet, and the tally of one run's such cells. OWASP ("CSV Injection"):
 * a first character of {@code =}, {@code +}, {@code -}, {@code @}, a tab or a carriage return. Text from the
 * input that starts so is written with {@link #GUARD} before it, unless the user asked to keep formulas; either
 * way it is counted, and the run's summary says how many. The writers of one run share one tally (the pairs file
 * is written by several threads), each adding its count when it closes.
 */
final class FormulaCells {

    /** The leading apostrophe that makes a spreadsheet take the cell as text. */
    static final char GUARD = '\'';

    private final boolean keep;
    private final AtomicLong cells = new AtomicLong();

    private FormulaCells(boolean keep) {
        this.keep = keep;
    }

    /** A tally for a run that guards formulas ({@code keep} false) or writes them as they are. */
    static FormulaCells of(boolean keep) {
        return new FormulaCells(keep);
    }

    /** Whether a cell whose first character is {@code first} would be taken for a formula. */
    static boolean startsOne(char first) {
        return first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r';
    }

    /** Whether any of {@code count} cells at {@code starts} and {@code lengths} in {@code chars} starts one. */
    static boolean startAny(char[] chars, int[] starts, int[] lengths, int count) {
        for (int i = 0; i < count; i++) {
            if (lengths[i] > 0 && startsOne(chars[starts[i]])) {
                return true;
            }
        }
        return false;
    }

    /** Whether such cells are written as they are. */
    boolean keep() {
        return keep;
    }

    /** Adds a writer's count. */
    void add(long count) {
        cells.addAndGet(count);
    }

    /** The run's count so far. */
    FormulaCount count() {
        return new FormulaCount(cells.get(), keep);
    }
}
