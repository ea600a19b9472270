package se.hlt.assessment.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * With {@code --lang sv} the reasons in the files the tool writes are Swedish, each beside a code that is the same
 * in every language; and a cohort's group labels that the tool itself names are Swedish, a user's values as they
 * are.
 */
class SwedishFilesTest {

    @TempDir
    Path dir;

    private Path write(String name, String text) throws IOException {
        return Files.writeString(dir.resolve(name), text);
    }

    private List<String> lines(String name) throws IOException {
        return Files.readAllLines(dir.resolve(name));
    }

    @Test
    void batchSdqWritesTheReasonInSwedishBesideItsCode() throws IOException {
        Path in = write("in.csv", "id,pconsid\nc1,3\n");
        Run run = Run.of("batch", "sdq", "--lang", "sv", "--in", in.toString(), "--out",
                dir.resolve("o.csv").toString(), "--errors", dir.resolve("e.csv").toString());
        assertEquals(ExitCodes.SOME_NOT_SCORED, run.exit(), run.err());
        assertEquals(List.of("row,id,column,reason_code,reason",
                "2,c1,pconsid,code_not_allowed,\"pconsid: \"\"3\"\" är inget tillåtet svar (tillåtet: 0, 1, 2 eller "
                        + "tomt)\""), lines("e.csv"));
    }

    @Test
    void batchOrsWritesTheReasonInSwedishBesideItsCode() throws IOException {
        Path in = write("in.csv", "client,session,date,instrument,rater,age,individually,interpersonally,socially,"
                + "overall\n,1,2026-01-12,ORS,self,14,4.5,5.0,4.2,4.6\n");
        Run.of("batch", "ors", "--lang", "sv", "--in", in.toString(), "--out", dir.resolve("o.csv").toString(),
                "--errors", dir.resolve("e.csv").toString());
        assertEquals(List.of("row,client,column,reason_code,reason",
                "2,,client,no_client,client: tom; varje rad behöver klientens pseudonyma id"), lines("e.csv"));
    }

    @Test
    void compareWritesErrorsAndUnmatchedReasonsInSwedishBesideTheirCodes() throws IOException {
        Path baseline = write("b.csv", "id,pconsid\na,1\nb,1\n");
        Path followup = write("f.csv", "id,pconsid\na,1\nc,3\n");
        Run run = Run.of("compare", "--lang", "sv", "--baseline", baseline.toString(), "--followup",
                followup.toString(), "--out", dir.resolve("p.csv").toString(), "--unmatched",
                dir.resolve("u.csv").toString(), "--errors", dir.resolve("e.csv").toString());
        assertTrue(run.exit() == ExitCodes.OK || run.exit() == ExitCodes.SOME_NOT_SCORED, run.err());
        assertEquals(List.of("file,row,id,column,reason_code,reason",
                "followup,3,c,pconsid,code_not_allowed,\"pconsid: \"\"3\"\" är inget tillåtet svar (tillåtet: 0, 1, "
                        + "2 eller tomt)\""), lines("e.csv"));
        List<String> unmatched = lines("u.csv");
        assertTrue(unmatched.get(0).startsWith("file,row,id,outcome,reason_code,reason,"), unmatched.get(0));
        assertTrue(unmatched.get(1).startsWith("baseline,3,b,unmatched,no_follow_up,ingen uppföljning med detta id,"),
                unmatched.toString());
    }

    @Test
    void theCohortTableAndReportNameTheToolsOwnGroupsInSwedishAndTheUsersAsTheyAre() throws IOException {
        Path pairs = dir.resolve("pairs.csv");
        Run.of("compare", "--baseline", ScoreCommandTest.example("sdq-baseline.csv").toString(), "--followup",
                ScoreCommandTest.example("sdq-followup.csv").toString(), "--out", pairs.toString());
        Path table = dir.resolve("cohort.csv");
        Run sv = Run.of("cohort", "--lang", "sv", pairs.toString(), "--by", "ageband,sex", "--min-cell", "1",
                "--out", table.toString());
        assertEquals(ExitCodes.OK, sv.exit(), sv.err());
        assertTrue(sv.out().contains("åldersgrupp: 6–12 år · kön: flicka"), sv.out());
        assertTrue(sv.out().contains("åldersgrupp: alla · kön: alla"), sv.out());
        assertFalse(sv.out().contains("ageband") || sv.out().contains("female"), sv.out());
        String csv = Files.readString(table);
        assertTrue(csv.startsWith("instrument,informant,ageband,sex,"), "the CSV keeps its codes, for scripts");
        assertTrue(csv.contains(",6-12,female,"), csv);

        Run byArea = Run.of("cohort", "--lang", "sv", pairs.toString(), "--by", "area", "--min-cell", "1");
        assertTrue(byArea.out().contains("area: Umeå"), "a user's column and values as they are: " + byArea.out());

        Run page = Run.of("report", "--cohort", "--lang", "sv", "--out", "-", table.toString());
        assertEquals(ExitCodes.OK, page.exit(), page.err());
        assertTrue(page.out().contains("grupperat efter åldersgrupp, kön"), page.out());
        assertTrue(page.out().contains("åldersgrupp: 6–12 år · kön: flicka"), page.out());
    }
}
