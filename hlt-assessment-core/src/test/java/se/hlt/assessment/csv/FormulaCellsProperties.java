package se.hlt.assessment.csv;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.From;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;

/**
 * Text from the input that a spreadsheet would run as a formula ({@code = + - @}, tab, carriage return first) is
 * written with a leading apostrophe wherever it lands (output, errors file, header), counted in the summary, and
 * written as it is with {@code keepFormulas}; the numbers the batch computes (negative z-scores) are never touched.
 */
class FormulaCellsProperties {

    /** A cell's text: often formula-like, never a number or a quote. */
    @Provide
    Arbitrary<String> texts() {
        Arbitrary<String> rest = Arbitraries.strings().withChars("abcxyz()!|'ÅÄÖ ").ofMinLength(1).ofMaxLength(8)
                .map(s -> s.strip().isEmpty() ? "a" : "x" + s.strip());
        Arbitrary<String> first = Arbitraries.of("=", "+", "-", "@", "", "k", "SUM");
        return Combinators.combine(first, rest).as(String::concat);
    }

    @Property(tries = 80)
    void everyFormulaFromTheInputIsGuardedAndCounted(@ForAll @Size(min = 1, max = 8) List<@From("texts") String> ids,
                                                     @ForAll @Size(min = 8, max = 8) List<@From("texts") String> notes,
                                                     @ForAll @IntRange(min = 0, max = 7) int bad,
                                                     @ForAll("texts") String noteColumn, @ForAll boolean keep) {
        String column = noteColumn.toLowerCase(java.util.Locale.ROOT).replace(" ", "");
        SdqCsv csv = SdqCsv.withPrefix("p", "age", "sex", column);
        List<String> distinct = ids.stream().map(id -> id.replace(" ", "")).distinct().toList();
        for (int r = 0; r < distinct.size(); r++) {
            String item = r == bad ? "9" : "0";
            csv.row(distinct.get(r), item, SdqCsv.cells("age", "9", "sex", "girl", column, notes.get(r)));
        }
        BatchHarness.Ran ran = TempDirs.inFreshDir(dir -> new BatchHarness(dir).run(csv.text(),
                SdqBatchOptions.defaults().withKeepFormulas(keep)));

        List<List<String>> output = ran.output();
        List<List<String>> errors = ran.errors();
        long expected = formula(column) ? 1 : 0;
        int idAt = 0;
        int noteAt = output.get(0).indexOf("sex") + 1; // the last column of the input
        assertEquals(written(column, keep), output.get(0).get(noteAt), "the column name as written");
        int scored = 1;
        int failed = 1;
        for (int r = 0; r < distinct.size(); r++) {
            String id = distinct.get(r);
            if (r == bad) {
                assertEquals(written(id, keep), errors.get(failed++).get(1), "the id in the errors file");
                expected += formula(id) ? 1 : 0;
                continue;
            }
            List<String> row = output.get(scored++);
            assertEquals(written(id, keep), row.get(idAt), "the id");
            assertEquals(written(notes.get(r), keep), row.get(noteAt), "the passed-through note");
            expected += (formula(id) ? 1 : 0) + (formula(notes.get(r)) ? 1 : 0);
            for (String computed : row.subList(noteAt + 1, row.size())) {
                assertFalse(computed.startsWith("'"), "a computed cell is never guarded: " + computed);
            }
        }
        BatchSummary summary = ran.summary();
        assertEquals(new FormulaCount(expected, keep), summary.formulas());
        assertEquals(expected > 0, summary.line().contains("cells like formulas " + expected), summary.line());
    }

    /** Negative z-scores come out as they are: a computed number is not text from the input. */
    @Property(tries = 5)
    void computedNegativeNumbersAreNotTouched(@ForAll boolean keep) {
        SdqCsv csv = SdqCsv.withPrefix("p", "age", "sex").row("=k", "0", SdqCsv.cells("age", "9", "sex", "girl"));
        BatchHarness.Ran ran = TempDirs.inFreshDir(dir -> new BatchHarness(dir).run(csv.text(),
                SdqBatchOptions.defaults().withKeepFormulas(keep)));
        List<String> row = ran.output().get(1);
        assertTrue(row.stream().anyMatch(c -> c.matches("-\\d+(\\.\\d+)?")), "a negative z-score: " + row);
        assertEquals(keep ? "=k" : "'=k", row.get(0));
        assertEquals(1, ran.summary().formulas().cells());
    }

    private static boolean formula(String text) {
        return !text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0;
    }

    private static String written(String text, boolean keep) {
        return formula(text) && !keep ? "'" + text : text;
    }
}
