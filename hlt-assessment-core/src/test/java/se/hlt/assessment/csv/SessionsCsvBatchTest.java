package se.hlt.assessment.csv;

import se.hlt.assessment.privacy.SyntheticIdentityNumbers;
import se.hlt.assessment.comparison.ChangeStatus;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.hlt.assessment.series.SeriesScorer;

class SessionsCsvBatchTest {

    private static final String HEADER = "client,session,date,instrument,rater,age,individually,interpersonally,"
            + "socially,relationship,goals,approach,overall,total\n";

    @TempDir
    Path dir;

    private static String example() throws IOException {
        return Files.readString(Path.of(System.getProperty("basedir", "."), "..", "examples", "ors-sessions.csv"));
    }

    @Test
    void theExampleScoresEveryRowWithDecimalCommasAsItCameIn() throws IOException {
        BatchFiles run = BatchFiles.run(dir, example());
        assertEquals(new SessionsSummary(18, 18, 0, 0, 3, 4, 19, FormulaCount.NONE), run.summary());
        assertEquals("client;episode;session;date;instrument;rater;age;individually;interpersonally;socially;"
                + "relationship;goals;approach;overall;total;rating;note;scored_total;status;cutoff;clinical;"
                + "alliance_alert;change_since_intake;alerts", run.output().lines().findFirst().orElseThrow());
        assertEquals("k-0417;2026-1;1;2026-01-12;ORS;self;14;4,5;5,0;4,2;;;;4,6;;;;18,3;complete;28;1;;0,0;",
                run.outputRows().get(0));
        assertEquals("k-0417;2026-1;2;2026-01-19;SRS;self;14;;;;9,0;8,6;8,5;8,9;;;;35,0;complete;36;;1;;"
                + "alliance_below_cutoff alliance_drop", run.outputRows().get(4));
        assertEquals("k-0417;2026-1;1;2026-01-12;ORS;parent;14;;;;;;;;22,0;;paper record, total only;22,0;"
                + "total_only;28;1;;0,0;", run.outputRows().get(2));
        assertEquals(List.of(), run.errorRows());
        assertEquals(List.of(
                "k-0417;2026-1;self;4;1;18,3;4;28,1;9,8;28;5;improved;1;37,3;2;;",
                "k-0417;2026-1;parent;2;1;22,0;4;26,5;4,5;28;5;no_reliable_change;0;;;4;",
                "k-0923;;self;3;1;20,4;3;21,3;0,9;32;5;no_reliable_change;0;35,8;2 3;3;",
                "k-0305;;self;2;;;;;;;;;;;;;"), run.seriesRows());
        assertEquals(Optional.of(ChangeStatus.IMPROVED),
                run.results().get(0).tracks().get(0).outcome().orElseThrow().reliableChange());
    }

    @Test
    void aCommaFileReadsDecimalPointsAndQuotedDecimalCommasAlike() {
        BatchFiles run = BatchFiles.run(dir, HEADER
                + "k-1,1,2026-01-12,ORS,self,30,2.8,0,10.0,,,,5.5,\n"
                + "k-1,2,2026-01-19,ORS,self,30,\"2,8\",\"0\",\"10,0\",,,,\"6,5\",\n");
        assertEquals(List.of("k-1,1,2026-01-12,ORS,self,30,2.8,0,10.0,,,,5.5,,18.3,complete,25,1,,0.0,",
                "k-1,2,2026-01-19,ORS,self,30,\"2,8\",0,\"10,0\",,,,\"6,5\",,19.3,complete,25,1,,1.0,"),
                run.outputRows());
    }

    @Test
    void aQuoteInsideAnUnquotedCellIsQuotedOnTheWayOut() {
        // the reader takes a"b as it stands; RFC 4180 output must quote it, or a strict reader stumbles
        BatchFiles run = BatchFiles.run(dir, "client,session,instrument,total,note\nk-1,1,ORS,20,a\"b\n");
        assertEquals(List.of("k-1,1,ORS,20,\"a\"\"b\",20.0,total_only,,,,0.0,"), run.outputRows());
    }

    @Test
    void aByteOrderMarkAndCrlfLineEndsAreRead() {
        byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
        String text = (HEADER + "k-1,1,2026-01-12,ORS,self,30,2.8,0,10.0,,,,5.5,\n").replace("\n", "\r\n");
        byte[] csv = new byte[bom.length + text.length()];
        System.arraycopy(bom, 0, csv, 0, 3);
        System.arraycopy(text.getBytes(StandardCharsets.UTF_8), 0, csv, 3, text.length());
        BatchFiles run = BatchFiles.run(dir, csv, SeriesScorer.builtIn());
        assertEquals(1, run.summary().scored());
        assertTrue(run.output().startsWith("\uFEFFclient,session"), "the output keeps the byte order mark");
        assertTrue(run.outputRows().get(0).endsWith(",18.3,complete,25,1,,0.0,"), run.outputRows().get(0));
    }

    @Test
    void everyBadRowIsReportedWithItsRowNumberColumnAndReasonAndTheCountsReconcile() {
        BatchFiles run = BatchFiles.run(dir, HEADER
                + "k-1,1,2026-01-12,ORS,self,30,10.1,5,5,,,,5,\n"            // row 2: out of range
                + "k-1,1,2026-01-12,SRS,self,30,,,,9,9,9,6.25,\n"            // row 3: two decimals
                + "k-1,2,2026-01-19,PHQ,self,30,5,5,5,,,,5,\n"               // row 4: unknown instrument
                + "k-1,2,2026-01-19,ORS,self,30,5,5,5,9,,,5,\n"              // row 5: an SRS scale on an ORS
                + "k-1,x,2026-01-19,ORS,self,30,5,5,5,,,,5,\n"               // row 6: session
                + "k-1,3,19/1/2026,ORS,self,30,5,5,5,,,,5,\n"                // row 7: date
                + "k-1,3,2026-01-26,ORS,grandma,30,5,5,5,,,,5,\n"            // row 8: rater
                + "k-1,4,2026-02-02,ORS,self,30,5,5,5,,,,5\n"                // row 9: a cell short
                + ",4,2026-02-02,ORS,self,30,5,5,5,,,,5,\n"                  // row 10: no client
                + "k-1,5,2026-02-09,ORS,self,30,5,5,5,,,,5,\n"               // row 11: fine
                + "k-1,5,2026-02-09,ORS,self,30,6,6,6,,,,6,\n"               // row 12: duplicate of 11
                + "k-1,6,2026-01-01,ORS,self,30,5,5,5,,,,5,\n"               // row 13: date goes back
                + "k-1,7,2026-02-23,SRS,self,30,,,,9,9,9,9,\n"               // row 14: no ORS at 7
                + "k-1,8,2026-03-02,ORS,self,30,5,5,5,,,,5,19.0\n");         // row 15: total is not the sum
        assertEquals(new SessionsSummary(14, 1, 13, 0, 1, 1, 15, FormulaCount.NONE), run.summary());
        List<String> errors = run.errorRows();
        assertEquals(13, errors.size());
        assertEquals("2,k-1,individually,out_of_range,\"individually: \"\"10.1\"\" is out of range; allowed: 0.0 to 10.0 or "
                + "empty\"", errors.get(0));
        assertTrue(errors.get(1).startsWith("3,k-1,overall,too_many_decimals,\"overall: \"\"6.25\"\" has more decimals"), errors.get(1));
        assertTrue(errors.get(2).startsWith("4,k-1,instrument,bad_value,\"instrument: \"\"PHQ\"\" cannot be read; allowed: "
                + "ORS, CORS, YCORS, SRS, CSRS, YCSRS\""), errors.get(2));
        assertTrue(errors.get(3).startsWith("5,k-1,relationship,no_such_scale,relationship: \"\"9\"\" is given, but ORS has no")
                || errors.get(3).startsWith("5,k-1,relationship,no_such_scale,\"relationship: \"\"9\"\" is given, but ORS has no"),
                errors.get(3));
        assertTrue(errors.get(4).startsWith("6,k-1,session,"), errors.get(4));
        assertTrue(errors.get(5).startsWith("7,k-1,date,"), errors.get(5));
        assertTrue(errors.get(6).startsWith("8,k-1,rater,"), errors.get(6));
        assertEquals("9,k-1,,wrong_cell_count,\"the row has 13 cells, the header 14\"", errors.get(7));
        assertTrue(errors.get(8).startsWith("10,,client,no_client,"), errors.get(8));
        assertTrue(errors.get(9).startsWith("12,k-1,session,duplicate_session,session: session 5 already has a form of this kind "
                + "by this rater (row 11)"), errors.get(9));
        assertTrue(errors.get(10).startsWith("13,k-1,date,date_before_previous_session,date: before the date of the previous session (row 11)"),
                errors.get(10));
        assertTrue(errors.get(11).startsWith("14,k-1,session,no_matching_session,\"session: an SRS-family form for session 7"),
                errors.get(11));
        assertTrue(errors.get(12).startsWith("15,k-1,total,total_does_not_match,\"total: \"\"19.0\"\" is not the sum of the scales"),
                errors.get(12));
        assertEquals(1, run.outputRows().size());
        assertTrue(run.outputRows().get(0).startsWith("k-1,5,"), run.outputRows().get(0));
    }

    @Test
    void blankLinesAreSkippedAndCountedButAreNotRows() {
        BatchFiles run = BatchFiles.run(dir, HEADER + "k-1,1,,ORS,,30,5,5,5,,,,5,\n\n\nk-1,2,,ORS,,30,6,6,6,,,,6,\n");
        assertEquals(new SessionsSummary(2, 2, 0, 2, 1, 1, 5, FormulaCount.NONE), run.summary());
    }

    @Test
    void aPersonalIdentityNumberRefusesTheWholeFileAndLeavesExistingFilesAlone() throws IOException {
        Files.writeString(dir.resolve("scored.csv"), "earlier output");
        BatchFiles run = BatchFiles.run(dir, HEADER + "k-1,1,,ORS,,30,5,5,5,,,,5,\n"
                + SyntheticIdentityNumbers.withDash(SyntheticIdentityNumbers.tenDigits("121212", "121")) + ",1,,ORS,,30,5,5,5,,,,5,\n");
        Refusal refusal = run.outcome().refusal().orElseThrow();
        assertEquals(RefusalKind.PERSONAL_IDENTITY_NUMBER, refusal.kind());
        assertEquals(List.of("client", "3"), refusal.arguments());
        assertFalse(refusal.message().contains("1212"), refusal.message());
        assertEquals("earlier output", run.output());
        assertEquals("", run.errors());
        try (var files = Files.list(dir)) {
            assertEquals(List.of(), files.filter(f -> f.getFileName().toString().endsWith(".part")).toList());
        }
    }

    @Test
    void theFilesWrittenGetThePermissionsOfAnyNewFile() throws IOException {
        // as the SDQ batch's: a temporary file's owner-only permissions would keep the results from colleagues
        assertTrue(FileSystems.getDefault().supportedFileAttributeViews().contains("posix"),
                "the build runs on a POSIX file system (CI: Linux), where permissions can be checked");
        assertEquals(1, BatchFiles.run(dir, HEADER + "k-1,1,,ORS,,30,5,5,5,,,,5,\n").summary().scored());
        var ordinary = Files.getPosixFilePermissions(Files.createFile(dir.resolve("ordinary.txt")));
        for (String written : List.of("scored.csv", "scored.errors.csv", "series.csv")) {
            assertEquals(ordinary, Files.getPosixFilePermissions(dir.resolve(written)), written);
        }
    }

    @Test
    void aPersonalIdentityNumberInAPassThroughColumnRefusesTheFileToo() {
        BatchFiles run = BatchFiles.run(dir, "client,session,instrument,total,note\nk-1,1,ORS,20,8112189876\n");
        assertEquals(List.of("note", "2"), run.outcome().refusal().orElseThrow().arguments());
    }

    @Test
    void aClientWhoseRowsAreSplitIsRefusedWithTheRowAndWhatToDo() {
        BatchFiles run = BatchFiles.run(dir, HEADER + "k-1,1,,ORS,,30,5,5,5,,,,5,\nk-2,1,,ORS,,30,5,5,5,,,,5,\n"
                + "k-1,2,,ORS,,30,6,6,6,,,,6,\n");
        Refusal refusal = run.outcome().refusal().orElseThrow();
        assertEquals(RefusalKind.CLIENT_SPLIT, refusal.kind());
        assertEquals(List.of("4"), refusal.arguments());
        assertTrue(refusal.message().contains("sort the file by client"), refusal.message());
        assertTrue(refusal.message().contains("rows of each client are together"), refusal.message());
    }

    @Test
    void aHeaderWithoutTheNeededColumnsIsRefused() {
        assertEquals(RefusalKind.MISSING_COLUMN,
                BatchFiles.run(dir, "client,instrument,total\nk-1,ORS,20\n").outcome().refusal().orElseThrow().kind());
        assertEquals(RefusalKind.NO_ANSWER_COLUMN,
                BatchFiles.run(dir, "client,session,instrument\nk-1,1,ORS\n").outcome().refusal().orElseThrow()
                        .kind());
        assertEquals(RefusalKind.DUPLICATE_COLUMN,
                BatchFiles.run(dir, "client,session,instrument,total,Total\n").outcome().refusal().orElseThrow()
                        .kind());
        assertEquals(RefusalKind.EMPTY_FILE, BatchFiles.run(dir, "").outcome().refusal().orElseThrow().kind());
    }

    @Test
    void swedishColumnNamesAndRaterNamesAreUnderstood() {
        BatchFiles run = BatchFiles.run(dir, "klient;samtal;datum;formulär;skattare;ålder;total\n"
                + "k-1;1;2026-01-12;cors;förälder;9;20,0\nk-1;2;2026-01-19;CORS;Förälder;9;26,0\n");
        assertEquals(2, run.summary().scored());
        assertEquals(List.of("k-1;;parent;2;1;20,0;2;26,0;6,0;32;5;improved;0;;;;"), run.seriesRows());
    }

    @Test
    void theInputAndOutputMayNotBeTheSameFile() throws IOException {
        Path in = dir.resolve("s.csv");
        Files.writeString(in, HEADER);
        Outcome<SessionsSummary> outcome = SessionsCsvBatch.of(SeriesScorer.builtIn()).run(in, in, dir.resolve("e.csv"),
                Optional.empty());
        assertEquals(RefusalKind.SAME_FILE, outcome.refusal().orElseThrow().kind());
    }

    @Test
    void aLineBreakInACellIsAnErrorNamingItsLinesUnlessAllowedInAPassedThroughCell() {
        String header = "client,session,instrument,total,note\n";
        for (String lineBreak : new String[] {"\r", "\r\n", "\n"}) {
            String csv = header + "k-1,1,ORS,20,\"a" + lineBreak + "b\"\nk-1,2,ORS,22,\n";
            BatchFiles strict = BatchFiles.run(dir, csv);
            assertEquals(1, strict.summary().scored());
            assertEquals(1, strict.summary().errors());
            assertEquals(4, strict.summary().lines());
            assertTrue(strict.errors().contains("the row runs over lines 2 to 3 of the file"), strict.errors());
            // FastCSV before 4.4.0 joined the two rows at a lone carriage return: the cell stays one cell
            BatchFiles allowed = BatchFiles.run(dir, csv.getBytes(StandardCharsets.UTF_8),
                    SessionsCsvBatch.of(SeriesScorer.builtIn()).withMultilineCells(true));
            assertEquals(2, allowed.summary().scored(), allowed.errors());
        }
        // a line break in a column the batch reads is never allowed
        String inSession = header + "k-1,\"1\n\",ORS,20,\n";
        assertEquals(1, BatchFiles.run(dir, inSession.getBytes(StandardCharsets.UTF_8),
                SessionsCsvBatch.of(SeriesScorer.builtIn()).withMultilineCells(true)).summary().errors());
    }

    @Test
    void aFileInNeitherUtf8NorWindows1252IsRefused() {
        byte[] utf16 = (HEADER + "k-\u00e5,1,,ORS,,30,5,5,5,,,,5,\n").getBytes(StandardCharsets.UTF_16);
        assertEquals(RefusalKind.UNKNOWN_ENCODING,
                BatchFiles.run(dir, utf16, SeriesScorer.builtIn()).outcome().refusal().orElseThrow().kind());
    }
}
