package se.hlt.assessment.csv;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import se.hlt.assessment.privacy.SyntheticIdentityNumbers;
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
        assertTrue(error.get(3).startsWith("the row runs over lines " + (at + 2) + " to " + lines + " "),
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
}
