package se.hlt.assessment.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** With {@code --lang sv} the summary lines are Swedish, their numbers in the same order as in English. */
class SwedishTextsTest {

    @TempDir
    Path dir;

    @Test
    void batchSdqSummaryLineIsSwedishWithTheEnglishNumbersInOrder() {
        String[] args = {"batch", "sdq", "--in", ScoreCommandTest.example("sdq-parent-batch.csv").toString(),
            "--out", dir.resolve("s.csv").toString()};
        Run sv = Run.of(concat(args, "--lang", "sv"));
        Run en = Run.of(concat(args, "--lang", "en"));
        String english = en.err().lines().findFirst().orElseThrow();
        String swedish = sv.err().lines().findFirst().orElseThrow();
        assertTrue(english.matches("rows \\d+, scored \\d+, errors \\d+; lines read \\d+"), english);
        assertTrue(swedish.matches("rader \\d+, poängsatta \\d+, fel \\d+; lästa filrader \\d+"), swedish);
        assertEquals(english.replaceAll("\\D+", " "), swedish.replaceAll("\\D+", " "), "the same numbers in order");
    }

    @Test
    void batchOrsSummaryLineIsSwedish() {
        Run sv = Run.of("batch", "ors", "--lang", "sv", "--in", ScoreCommandTest.example("ors-sessions.csv").toString(),
                "--out", dir.resolve("o.csv").toString());
        assertTrue(sv.err().lines().anyMatch(l -> l.matches("rader \\d+, poängsatta \\d+, fel \\d+; lästa filrader \\d+")),
                sv.err());
    }

    @Test
    void cohortSummaryLineIsSwedish() {
        Path pairs = dir.resolve("pairs.csv");
        Run.of("compare", "--baseline", ScoreCommandTest.example("sdq-baseline.csv").toString(), "--followup",
                ScoreCommandTest.example("sdq-followup.csv").toString(), "--out", pairs.toString());
        Run sv = Run.of("cohort", "--lang", "sv", pairs.toString());
        assertTrue(sv.err().startsWith("par 16 = använda 16 + utelämnade 0; lästa filrader 17; grupper "), sv.err());
    }

    @Test
    void formulaCellsAreCountedInSwedish() throws java.io.IOException {
        Path in = java.nio.file.Files.writeString(dir.resolve("f.csv"), "id,pconsid,note\n=a,1,x\n");
        Run sv = Run.of("batch", "sdq", "--lang", "sv", "--in", in.toString(), "--out", dir.resolve("o.csv").toString());
        assertTrue(sv.err().lines().findFirst().orElseThrow().endsWith("; celler som liknar formler 1, skyddade med '"),
                sv.err());
    }

    private static String[] concat(String[] args, String... more) {
        String[] all = java.util.Arrays.copyOf(args, args.length + more.length);
        System.arraycopy(more, 0, all, args.length, more.length);
        return all;
    }
}
