package se.hlt.assessment.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.hlt.assessment.data.DataFiles;

/**
 * One-session ORS files of one client, as {@code hlt enter ors} saves them, make one series in {@code hlt score}
 * (as in {@code hlt report}); and {@code hlt enter ors --earlier} shows the change since intake while typing.
 */
class OrsSeriesFromFilesTest {

    @TempDir
    Path dir;

    /** Types in the child's ORS of {@code session} and saves it; returns the file. */
    private Path entered(int session, String date, String marks) {
        Path file = dir.resolve("k-0417-ors-s" + session + ".json");
        Run run = Run.typing(String.join("\n", "", "", marks, "") + "\n", "enter", "ors", "--lang", "en",
                "--session", String.valueOf(session), "--date", date, "--id", "k-0417", "--age", "14", "--out",
                file.toString());
        assertEquals(ExitCodes.OK, run.exit(), run.err());
        return file;
    }

    @Test
    void scoreGathersTheOneSessionFilesOfAClientIntoOneSeries() throws Exception {
        Path s1 = entered(1, "2026-01-12", "4,5 5 4,2 4,6");
        Path s2 = entered(2, "2026-01-19", "5 5,5 4,8 5,1");
        Path s4 = entered(4, "2026-02-02", "6,5 6,5 6,8 6,1");
        Run run = Run.of("score", "--lang", "en", s1.toString(), s2.toString(), s4.toString());
        assertEquals(ExitCodes.OK, run.exit(), run.err());
        assertFalse(run.out().contains("change needs two"), "not each file alone: " + run.out());
        assertEquals(1, run.out().split("ORS/SRS series of client k-0417", -1).length - 1, "one series: " + run.out());
        assertTrue(run.out().contains("From session 1 to 4: 18.3 to 25.9 (+7.6)"), run.out());
        Run sv = Run.of("score", "--lang", "sv", s1.toString(), s2.toString(), s4.toString());
        assertTrue(sv.out().contains("Från samtal 1 till 4: 18,3 till 25,9 (+7,6)"), sv.out());
        Run json = Run.of("score", "--json", s1.toString(), s2.toString(), s4.toString());
        assertEquals(ExitCodes.OK, json.exit(), json.err());
        JsonNode series = DataFiles.mapper().readTree(json.out());
        assertTrue(series.isObject(), "one series, not an array of three: " + json.out());
        assertEquals("k-0417", series.get("client").asText());
    }

    @Test
    void aSingleFileIsScoredAsBeforeAndTwoClientsAreTwoSeries() throws Exception {
        Path s1 = entered(1, "2026-01-12", "4,5 5 4,2 4,6");
        Run alone = Run.of("score", "--lang", "en", s1.toString());
        assertEquals(ExitCodes.OK, alone.exit(), alone.err());
        assertTrue(alone.out().contains("change needs two"), alone.out());
        Path other = dir.resolve("other.json");
        Files.writeString(other, Files.readString(s1).replace("k-0417", "k-0418"));
        Run two = Run.of("score", "--lang", "en", s1.toString(), other.toString());
        assertTrue(two.out().contains("ORS/SRS series of client k-0417")
                && two.out().contains("ORS/SRS series of client k-0418"), two.out());
    }

    @Test
    void enterOrsWithTheEarlierSessionsShowsTheChangeSinceIntake() {
        Path s1 = entered(1, "2026-01-12", "4,5 5 4,2 4,6");
        Path s2 = entered(2, "2026-01-19", "5 5,5 4,8 5,1");
        Path s4 = dir.resolve("s4.json");
        Run run = Run.typing(String.join("\n", "", "", "6,5 6,5 6,8 6,1", "") + "\n", "enter", "ors", "--lang",
                "en", "--session", "4", "--date", "2026-02-02", "--id", "k-0417", "--age", "14", "--out",
                s4.toString(), "--earlier", s1.toString(), s2.toString());
        assertEquals(ExitCodes.OK, run.exit(), run.err());
        assertTrue(run.out().contains("From session 1 to 4: 18.3 to 25.9 (+7.6)"), run.out());
        assertTrue(Files.exists(s4), "and the form is saved");
        Run without = Run.typing(String.join("\n", "", "", "6,5 6,5 6,8 6,1", "") + "\n", "enter", "ors", "--lang",
                "en", "--session", "4", "--date", "2026-02-02", "--id", "k-0417", "--age", "14", "--out",
                dir.resolve("alone.json").toString());
        assertFalse(without.out().contains("From session 1"), "without them the form stands alone: " + without.out());
    }

    @Test
    void anEarlierFileThatCannotBeReadRefusesBeforeAnythingIsTyped() {
        Run run = Run.typing("", "enter", "ors", "--lang", "en", "--id", "k-0417", "--earlier",
                dir.resolve("missing.json").toString());
        assertEquals(ExitCodes.INPUT_REFUSED, run.exit(), run.out() + run.err());
    }

    @Test
    void theHelpNamesTheEarlierOptionInBothLanguages() {
        assertTrue(Run.of("enter", "ors", "--help", "--lang", "en").out().contains("--earlier"));
        Run sv = Run.of("enter", "ors", "--help", "--lang", "sv");
        assertTrue(sv.out().contains("--earlier") && sv.out().contains("tidigare samtal"), sv.out());
    }
}
