package se.hlt.assessment.csv;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;

/**
 * However a file is corrupted (bad cells, wrong cell counts, blank lines, awkward quoting), every row ends up in
 * exactly one of the two files: rows = scored + errors, the files hold that many lines, and each row number
 * appears once across them.
 */
class SdqCsvReconciliationProperties {

    private static final List<String> COLUMNS = columns();
    /** Bad for every item and impact question: not whole numbers, negative, or above every code. */
    private static final List<String> BAD_VALUES = List.of("x", "1.5", "-1", "4", "9", "2.0", "1 2", "+-", "00x");

    enum Kind { GOOD, BAD_CELL, WRONG_CELL_COUNT, BLANK }

    /**
     * One generated line.
     *
     * @param kind what it is meant to be
     * @param answers the 31 answer cells (items, then gate and impact)
     * @param note the pass-through cell
     * @param badColumn for a bad cell, which answer (0-30) is spoilt
     * @param badValue the bad value
     * @param cellDelta for a wrong cell count, how many cells to add (positive) or drop (negative)
     */
    record Line(Kind kind, List<String> answers, String note, int badColumn, String badValue, int cellDelta) {
    }

    /**
     * A whole file.
     *
     * @param lines the data lines
     * @param delimiter {@code ,} or {@code ;}
     * @param lineEnd LF, CRLF or CR
     * @param bom whether it starts with a byte order mark
     */
    record File(List<Line> lines, String delimiter, String lineEnd, boolean bom) {
    }

    @Property(tries = 150)
    void everyRowEndsUpInExactlyOneFile(@ForAll("files") File file) {
        Map<Long, Kind> expected = new HashMap<>();
        String csv = render(file, expected);
        // notes are passed-through free text, whose line breaks the user allows here (StrayQuoteProperties: not)
        BatchHarness.Ran ran = TempDirs.inFreshDir(dir -> new BatchHarness(dir).run(csv,
                SdqBatchOptions.defaults().withMultilineCells(true)));

        char delimiter = file.delimiter().charAt(0);
        BatchSummary summary = ran.summary();
        List<List<String>> output = ran.output(delimiter);
        List<List<String>> errors = ran.errors(delimiter);
        long blanks = expected.values().stream().filter(k -> k == Kind.BLANK).count();

        assertEquals(summary.rows(), summary.scored() + summary.errors());
        assertEquals(expected.size() - blanks, summary.rows());
        assertEquals(blanks, summary.blankLines());
        assertEquals(summary.scored(), output.size() - 1, "output data lines");
        assertEquals(summary.errors(), errors.size() - 1, "error lines");

        Map<Long, Integer> seen = new HashMap<>();
        for (List<String> record : output.subList(1, output.size())) {
            long row = Long.parseLong(record.get(0).substring(1));
            seen.merge(row, 1, Integer::sum);
            assertEquals(Kind.GOOD, expected.get(row), "scored row " + row);
            assertEquals(COLUMNS.size() + 25 + 14 + 24, record.size(),
                    "output row width: + scores, bands, z-scores, the Swedish 4-5-year tables' bands");
        }
        for (List<String> record : errors.subList(1, errors.size())) {
            long row = Long.parseLong(record.get(0));
            seen.merge(row, 1, Integer::sum);
            assertTrue(expected.get(row) == Kind.BAD_CELL || expected.get(row) == Kind.WRONG_CELL_COUNT,
                    "error row " + row + " was generated as " + expected.get(row));
            assertEquals("r" + row, record.get(1), "the errors file names the row's id");
        }
        List<Long> rows = expected.entrySet().stream().filter(e -> e.getValue() != Kind.BLANK)
                .map(Map.Entry::getKey).sorted().toList();
        assertEquals(rows, seen.keySet().stream().sorted().toList(), "every row appears");
        assertTrue(seen.values().stream().allMatch(n -> n == 1), "no row appears twice");
    }

    /** The file's text; fills {@code expected} with each line's row number as a spreadsheet shows it. */
    private static String render(File file, Map<Long, Kind> expected) {
        StringBuilder sb = new StringBuilder(file.bom() ? "\uFEFF" : "");
        sb.append(String.join(file.delimiter(), COLUMNS)).append(file.lineEnd());
        long row = 1;
        for (Line line : file.lines()) {
            row++;
            expected.put(row, line.kind());
            sb.append(cells(line, row).stream().collect(Collectors.joining(file.delimiter())))
                    .append(file.lineEnd());
        }
        return sb.toString();
    }

    private static List<String> cells(Line line, long row) {
        if (line.kind() == Kind.BLANK) {
            return List.of();
        }
        List<String> cells = new ArrayList<>();
        cells.add("r" + row);
        cells.addAll(line.answers());
        cells.add("\"" + line.note().replace("\"", "\"\"") + "\"");
        if (line.kind() == Kind.BAD_CELL) {
            cells.set(1 + line.badColumn(), line.badValue());
        } else if (line.kind() == Kind.WRONG_CELL_COUNT) {
            if (line.cellDelta() > 0) {
                for (int i = 0; i < line.cellDelta(); i++) {
                    cells.add("1");
                }
            } else {
                cells = cells.subList(0, Math.max(1, cells.size() + line.cellDelta()));
            }
        }
        return cells;
    }

    @Provide
    Arbitrary<File> files() {
        return Combinators.combine(lines().list().ofMaxSize(40), Arbitraries.of(",", ";"),
                Arbitraries.of("\n", "\r\n", "\r"), Arbitraries.of(true, false)).as(File::new);
    }

    private Arbitrary<Line> lines() {
        Arbitrary<Kind> kind = Arbitraries.frequencyOf(Tuple.of(6, Arbitraries.just(Kind.GOOD)),
                Tuple.of(2, Arbitraries.just(Kind.BAD_CELL)), Tuple.of(1, Arbitraries.just(Kind.WRONG_CELL_COUNT)),
                Tuple.of(1, Arbitraries.just(Kind.BLANK)));
        Arbitrary<String> item = Arbitraries.of("0", "1", "2", "", " ");
        Arbitrary<String> impact = Arbitraries.of("0", "1", "2", "3", "");
        Arbitrary<List<String>> answers = Combinators.combine(item.list().ofSize(25), impact.list().ofSize(6))
                .as((items, impacts) -> {
                    List<String> all = new ArrayList<>(items);
                    all.addAll(impacts);
                    return all;
                });
        // pass-through text that needs quoting but never looks like an identity number (no digits); a lone CR
        // inside quotes is refused as a whole file (see SdqCsvFormatTest), so CRs come as CRLF
        Arbitrary<String> note = Arbitraries.strings().withChars("ab ,;\"\n\r").ofMaxLength(8)
                .map(s -> s.replace("\r", "\r\n"));
        Arbitrary<Integer> delta = Arbitraries.integers().between(-COLUMNS.size(), 3).filter(d -> d != 0);
        return Combinators.combine(kind, answers, note, Arbitraries.integers().between(0, 30),
                Arbitraries.of(BAD_VALUES), delta).as(Line::new);
    }

    private static List<String> columns() {
        List<String> columns = new ArrayList<>(SdqCsv.withPrefix("p").columns());
        columns.add("note");
        return List.copyOf(columns);
    }
}
