package se.hlt.assessment.csv;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import se.hlt.assessment.privacy.SyntheticIdentityNumbers;
import se.hlt.assessment.cohort.Grouping;
import se.hlt.assessment.json.CohortReading;
import se.hlt.assessment.series.SeriesScorer;

/**
 * A stray quote ({@code "oops}, never closed) makes the rest of a file one cell. Every physical line must still be
 * accounted for: the rows before it are read as ever, the row it opens goes to the errors file naming its first and
 * last line, the summary counts every line read, and a personal identity number swallowed into that cell still
 * refuses the file (it got past the screen into the output before).
 */
class StrayQuoteProperties {

    private static final String NUMBER = SyntheticIdentityNumbers.withDash(
            SyntheticIdentityNumbers.tenDigits("120517", "123"));

    /** An SDQ batch of {@code rows} rows, the note of row {@code broken} (from 0) opening a quote. */
    @Property(tries = 60)
    void anSdqBatchAccountsForEveryLine(@ForAll @IntRange(min = 1, max = 12) int rows,
                                        @ForAll @IntRange(min = 0, max = 11) int broken,
                                        @ForAll boolean crlf, @ForAll boolean numberAfter) {
        int at = broken % rows;
        SdqCsv csv = SdqCsv.withPrefix("p", "note").lineEnd(crlf ? "\r\n" : "\n");
        for (int r = 0; r < rows; r++) {
            String note = r == at ? "\"oops" : r > at && numberAfter && r == rows - 1 ? "mamma " + NUMBER : "ok";
            csv.row("r" + r, "1", SdqCsv.cells("note", note));
        }
        BatchHarness.Ran ran = TempDirs.inFreshDir(dir -> new BatchHarness(dir).run(csv.text()));
        if (numberAfter && at < rows - 1) {
            assertEquals(RefusalKind.PERSONAL_IDENTITY_NUMBER, ran.refusal().kind());
            assertTrue(!ran.refusal().message().contains("120517"), "the number is never echoed");
            return;
        }
        long lines = rows + 1;
        BatchSummary summary = ran.summary();
        assertEquals(lines, summary.lines(), "every line read");
        assertEquals(at + 1, summary.rows(), "the rows up to the one that swallows the rest");
        assertEquals(at, summary.scored());
        assertEquals(1, summary.errors());
        List<String> error = ran.errors().get(1);
        assertEquals(String.valueOf(at + 2), error.get(0), "the row as a spreadsheet numbers it");
        assertEquals("spans_lines", error.get(3), error.toString());
        assertTrue(error.get(4).startsWith("the row runs over lines " + (at + 2) + " to " + lines + " "),
                error.toString());
    }

    /** The same for a sessions batch ({@code hlt batch ors}). */
    @Property(tries = 40)
    void aSessionsBatchAccountsForEveryLine(@ForAll @IntRange(min = 1, max = 10) int rows,
                                            @ForAll @IntRange(min = 0, max = 9) int broken,
                                            @ForAll boolean numberAfter) {
        int at = broken % rows;
        StringBuilder csv = new StringBuilder("client,session,instrument,total,note\n");
        for (int r = 0; r < rows; r++) {
            String note = r == at ? "\"oops" : r > at && numberAfter && r == rows - 1 ? NUMBER + " pappa" : "ok";
            csv.append("k-1,").append(r + 1).append(",ORS,20,").append(note).append('\n');
        }
        BatchFiles ran = TempDirs.inFreshDir(dir -> BatchFiles.run(dir,
                csv.toString().getBytes(StandardCharsets.UTF_8), SeriesScorer.builtIn()));
        if (numberAfter && at < rows - 1) {
            assertEquals(RefusalKind.PERSONAL_IDENTITY_NUMBER, ran.outcome().refusal().orElseThrow().kind());
            return;
        }
        SessionsSummary summary = ran.summary();
        assertEquals(rows + 1, summary.lines(), "every line read");
        assertEquals(at + 1, summary.rows());
        assertEquals(at, summary.scored());
        assertEquals(1, summary.errors());
        assertTrue(ran.errors().contains("the row runs over lines " + (at + 2) + " to " + (rows + 1) + " "),
                ran.errors());
    }

    /**
     * The same for a cohort's pairs file ({@code hlt cohort}), read by one thread or two: the row a stray quote
     * opens is left out naming its first and last line, a short row is left out, the reading goes on after both,
     * and the lines read are the file's lines.
     */
    @Property(tries = 30)
    void aCohortAccountsForEveryLine(@ForAll @IntRange(min = 0, max = 15) int broken,
                                     @ForAll @IntRange(min = 0, max = 15) int shortened,
                                     @ForAll boolean twoThreads) {
        TempDirs.inFreshDir(dir -> {
            try {
                Path pairs = ExamplePairs.in(dir, false);
                List<String> lines = new ArrayList<>(Files.readAllLines(pairs));
                int data = lines.size() - 1;
                int at = 1 + broken % (data - 1); // a quote opened on the last line runs over no other
                int cut = 1 + shortened % data;
                String row = lines.get(at);
                lines.set(at, row.substring(0, row.lastIndexOf(',') + 1) + "\"oops");
                if (cut < at) {
                    lines.set(cut, "x,y,z");
                }
                Files.write(pairs, lines);
                CohortReading read = CohortCsv.builtIn().splittingAbove(twoThreads ? 1 : Long.MAX_VALUE)
                        .read(List.of(pairs), new Grouping(List.of()), 1, ProgressListener.NONE).summary()
                        .orElseThrow().reading();
                assertEquals(lines.size(), read.lines(), "every line read");
                assertEquals(read.rows(), read.used() + read.leftOut());
                assertEquals(cut < at ? 2 : 1, read.leftOut(), read.problems().toString());
                CohortReading.RowProblem span = read.problems().get(read.problems().size() - 1);
                assertEquals(at + 1, span.row(), "the row as a spreadsheet numbers it");
                assertTrue(span.reason().startsWith("the row runs over lines " + (at + 1) + " to "), span.reason());
                long last = Long.parseLong(span.reason().split(" ")[7]);
                assertTrue(last > at + 1 && last <= lines.size(), span.reason());
                // the lines after the span are rows again: all but the span's are read
                assertEquals(data - (last - at - 1), read.rows());
                return null;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }
}
