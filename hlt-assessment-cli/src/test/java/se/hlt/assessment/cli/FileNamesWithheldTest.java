package se.hlt.assessment.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A file named after a child (a personal identity number in its name) is never printed by name: every message
 * withholds it, in English and Swedish, whatever the command and whatever went wrong.
 */
class FileNamesWithheldTest {

    @TempDir
    Path dir;

    private final String number = SyntheticNumbers.withDash(SyntheticNumbers.tenDigits(new Random(7)));

    private void neverEchoed(Run run) {
        String all = run.out() + run.err();
        assertFalse(all.contains(number), all);
        assertFalse(all.contains(number.substring(0, 6)), all);
    }

    @Test
    void aMissingInputIsNamedWithoutItsNumber() {
        Path missing = dir.resolve("pnr " + number + ".csv");
        Run en = Run.of("batch", "sdq", "--lang", "en", "--in", missing.toString(), "--out",
                dir.resolve("out.csv").toString());
        assertEquals(ExitCodes.INPUT_REFUSED, en.exit(), en.err());
        neverEchoed(en);
        assertTrue(en.err().contains("[withheld: it holds a personal identity number]"), en.err());
        Run sv = Run.of("cohort", "--lang", "sv", missing.toString());
        neverEchoed(sv);
        assertTrue(sv.err().contains("[utelämnat: det innehåller ett personnummer]"), sv.err());
    }

    @Test
    void severalFormsScoredTogetherAreHeadedWithoutTheNumber() throws IOException {
        Path named = Files.copy(ScoreCommandTest.example("sdq-parent-baseline.json"),
                dir.resolve(number + ".json"));
        Run run = Run.of("score", "--lang", "en", named.toString(),
                ScoreCommandTest.example("sdq-self-followup.json").toString());
        neverEchoed(run);
        assertTrue(run.out().contains("== [withheld: it holds a personal identity number]"), run.out());
    }
}
