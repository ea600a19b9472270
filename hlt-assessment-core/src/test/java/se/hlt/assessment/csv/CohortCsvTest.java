package se.hlt.assessment.csv;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.hlt.assessment.cohort.CohortGroup;
import se.hlt.assessment.cohort.CohortReport;
import se.hlt.assessment.cohort.GroupLevel;
import se.hlt.assessment.cohort.Grouping;
import se.hlt.assessment.cohort.ScaleFigures;
import se.hlt.assessment.json.CohortReading;
import se.hlt.assessment.privacy.SyntheticIdentityNumbers;

/** Reading pairs files for a cohort: the figures of the pairs, whoever splits the file, and what is refused. */
class CohortCsvTest {

    @TempDir
    Path dir;

    private static final CohortCsv COHORT = CohortCsv.builtIn();

    /** The examples' pairs file, as hlt compare writes it (with {@code ;} when asked). */
    private Path examplePairs(boolean semicolons) throws IOException {
        return ExamplePairs.in(dir, semicolons);
    }

    private Outcome<CohortSummary> read(CohortCsv reader, Path file, String... by) throws IOException {
        return reader.read(List.of(file), new Grouping(List.of(by)), 5, ProgressListener.NONE);
    }

    private static CohortReport only(Outcome<CohortSummary> outcome) {
        List<CohortReport> reports = outcome.summary().map(CohortSummary::reports).orElse(List.of());
        assertEquals(1, reports.size(), String.valueOf(outcome));
        return reports.get(0);
    }

    private static CohortGroup total(CohortReport report) {
        return report.groups().stream().filter(g -> g.level() == GroupLevel.TOTAL).findFirst().orElseThrow();
    }

    @Test
    void theTotalsAreThoseOfThePairsFileRows() throws IOException {
        Path pairs = examplePairs(false);
        List<Map<String, String>> rows = CompareHarness.Ran.rows(Files.readString(pairs));
        CohortReport report = only(read(COHORT, pairs));
        ScaleFigures ebdtot = total(report).scales().stream().filter(f -> f.scale().equals("pebdtot")).findFirst()
                .orElseThrow();
        double meanT1 = rows.stream().mapToInt(r -> Integer.parseInt(r.get("pebdtot_t1"))).average().orElseThrow();
        double meanAvs = rows.stream().mapToDouble(r -> Double.parseDouble(r.get("avs"))).average().orElseThrow();
        long improved = rows.stream().filter(r -> r.get("pebdtot_status").equals("improved")).count();
        assertEquals(rows.size(), ebdtot.n());
        assertEquals(meanT1, ebdtot.t1().orElseThrow().mean(), 1e-9);
        assertEquals(meanAvs, ebdtot.meanAddedValue().orElseThrow().value(), 1e-9);
        assertEquals(100.0 * improved / rows.size(), ebdtot.improvedPercent().orElseThrow(), 1e-9);
        assertEquals("sdq", report.instrument());
        assertEquals("parent", report.informant());
    }

    @Test
    void aSemicolonFileWithDecimalCommasGivesTheSameFigures() throws IOException {
        CohortReport comma = only(read(COHORT, examplePairs(false), "area"));
        Path semicolon = examplePairs(true);
        assertTrue(Files.readString(semicolon).contains(";avs-ford2009;"), "a semicolon pairs file");
        assertEquals(comma, only(read(COHORT, semicolon, "area")));
    }

    /** Read by two threads from the halves, a file gives what one thread gives. */
    @Test
    void twoThreadsReadWhatOneReads() throws IOException {
        Path pairs = examplePairs(false);
        CohortReport one = only(read(COHORT, pairs, "area", "ageband"));
        assertEquals(one, only(read(COHORT.splittingAbove(0), pairs, "area", "ageband")));
    }

    /**
     * A quoted cell with a line break where the second thread would start: the first thread finds that no row
     * starts there, and the rest is read again from where its last row ended.
     */
    @Test
    void aLineBreakInAQuotedCellAtTheMiddleIsNoRowStart() throws IOException {
        List<String> lines = new ArrayList<>(Files.readAllLines(examplePairs(false)));
        int area = List.of(lines.get(0).split(",")).indexOf("area");
        int middle = lines.size() / 2;
        List<String> cells = new ArrayList<>(List.of(lines.get(middle).split(",", -1)));
        // a long quoted cell around the middle of the file: a line break in it, then what looks like a row
        String lookalike = lines.get(middle + 1).replace("\"", "\"\"");
        cells.set(area, "\"Umeå" + "x".repeat(6000) + "\n" + lookalike + "\nend\"");
        lines.set(middle, String.join(",", cells));
        String text = String.join("\n", lines) + "\n";
        Path file = Files.writeString(dir.resolve("quoted.csv"), text);

        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        int dataStart = lines.get(0).length() + 1;
        int firstBreakAfterMiddle = dataStart + (bytes.length - dataStart) / 2;
        while (bytes[firstBreakAfterMiddle] != '\n') {
            firstBreakAfterMiddle++;
        }
        int cellStart = text.indexOf("\"Umeå");
        int cellEnd = text.indexOf("end\"");
        assertTrue(firstBreakAfterMiddle > cellStart && firstBreakAfterMiddle < cellEnd,
                "the second thread's guessed start lies inside the quoted cell");

        CohortCsv multiline = COHORT.withMultilineCells(true);
        CohortReport one = only(read(multiline, file, "area"));
        assertEquals(one, only(read(multiline.splittingAbove(0), file, "area")));
        assertEquals(lines.size() - 1, total(one).pairs().getAsInt());

        // unless line breaks are allowed, the row is left out naming its three lines, and the reading goes on
        CohortReading strict = COHORT.splittingAbove(0).read(List.of(file), new Grouping(List.of("area")), 1,
                ProgressListener.NONE).summary().orElseThrow().reading();
        assertEquals(lines.size() - 2, strict.used());
        assertEquals(lines.size() + 2, strict.lines(), "every line of the file");
        assertEquals(List.of(new CohortReading.RowProblem("quoted.csv", middle + 1, "", "the row runs over lines "
                + (middle + 1) + " to " + (middle + 3) + " of the file: a cell holds a line break, as when a quote "
                + "is never closed")), strict.problems());
    }

    @Test
    void aRowThatCannotBeReadIsLeftOutAndListed() throws IOException {
        List<String> lines = new ArrayList<>(Files.readAllLines(examplePairs(false)));
        int column = List.of(lines.get(0).split(",")).indexOf("pemotion_t1");
        List<String> cells = new ArrayList<>(List.of(lines.get(3).split(",", -1)));
        cells.set(column, "x");
        lines.set(3, String.join(",", cells));
        Path file = Files.writeString(dir.resolve("bad.csv"), String.join("\n", lines) + "\n");
        CohortSummary done = read(COHORT, file).summary().orElseThrow();
        assertEquals(16, done.reading().rows());
        assertEquals(15, done.reading().used());
        assertEquals(List.of(new CohortReading.RowProblem("bad.csv", 4, "pemotion_t1", "is not a whole score")),
                done.reading().problems());
        assertEquals(15, total(done.reports().get(0)).pairs().getAsInt());
    }

    /**
     * A row with too few or too many cells, or a cell that cannot be read, is counted, listed and skipped, and the
     * reading goes on to the end of the file (and of each half, when two threads read it): every good row is
     * counted, and the rows read are those used and those left out.
     */
    @Test
    void brokenRowsInALargeFileAreSkippedAndEveryGoodRowIsCounted() throws IOException {
        List<String> example = Files.readAllLines(examplePairs(false));
        int column = List.of(example.get(0).split(",")).indexOf("pemotion_t1");
        List<String> lines = new ArrayList<>(List.of(example.get(0)));
        for (int copy = 0; copy < 600; copy++) {
            lines.addAll(example.subList(1, example.size()));
        }
        int good = lines.size() - 1;
        List<Integer> broken = List.of(10, 2_000, 4_800, 7_000, 9_599);
        for (int b = 0; b < broken.size(); b++) {
            int line = broken.get(b);
            String row = lines.get(line);
            List<String> cells = new ArrayList<>(List.of(row.split(",", -1)));
            switch (b % 3) {
                case 0 -> row = row.substring(0, row.lastIndexOf(',')); // one cell too few
                case 1 -> row = row + ",extra"; // one cell too many
                default -> {
                    cells.set(column, "x");
                    row = String.join(",", cells);
                }
            }
            lines.set(line, row);
            good--;
        }
        Path file = Files.writeString(dir.resolve("large.csv"), String.join("\n", lines) + "\n");
        for (CohortCsv reader : List.of(COHORT, COHORT.splittingAbove(0))) {
            CohortSummary done = read(reader, file).summary().orElseThrow();
            assertEquals(lines.size() - 1, done.reading().rows());
            assertEquals(good, done.reading().used());
            assertEquals(broken.size(), done.reading().leftOut());
            assertEquals(broken.stream().map(line -> line + 1L).toList(), done.reading().problems().stream()
                    .map(CohortReading.RowProblem::row).sorted().toList());
            assertEquals(good, total(done.reports().get(0)).pairs().getAsInt());
        }
    }

    @Test
    void whatCannotBeGroupedIsRefused() throws IOException {
        Path pairs = examplePairs(false);
        assertEquals(RefusalKind.GROUP_COLUMN_MISSING, read(COHORT, pairs, "school").refusal().orElseThrow()
                .kind());
        Path notPairs = Files.writeString(dir.resolve("n.csv"), "id,area\na,b\n");
        assertEquals(RefusalKind.NOT_A_PAIRS_FILE, read(COHORT, notPairs).refusal().orElseThrow().kind());
        String withBand = Files.readString(pairs).replaceFirst("area", "ageband");
        Path banded = Files.writeString(dir.resolve("banded.csv"), withBand);
        assertEquals(RefusalKind.OUTPUT_COLUMN_IN_INPUT, read(COHORT, banded, "ageband").refusal().orElseThrow()
                .kind());
    }

    @Test
    void anIdentityNumberInAGroupingColumnRefusesTheFileWithoutEchoingIt() throws IOException {
        List<String> lines = new ArrayList<>(Files.readAllLines(examplePairs(false)));
        String pin = SyntheticIdentityNumbers.withDash(SyntheticIdentityNumbers.tenDigits("121212", "121"));
        lines.set(5, lines.get(5).replace("Umeå", pin).replace("Skellefteå", pin).replace("Södra Lappland", pin));
        Path file = Files.write(dir.resolve("pin.csv"), lines, StandardCharsets.UTF_8);
        Refusal refusal = read(COHORT, file, "area").refusal().orElseThrow();
        assertEquals(RefusalKind.PERSONAL_IDENTITY_NUMBER, refusal.kind());
        assertEquals(List.of("area", "6"), refusal.arguments());
        assertFalse(refusal.message().contains("1212"));
    }
}
