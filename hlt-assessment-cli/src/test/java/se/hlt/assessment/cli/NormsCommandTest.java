package se.hlt.assessment.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class NormsCommandTest {

    @Test
    void listsEveryShippedTableWithItsConfidence() {
        Run run = Run.of("norms", "list", "--lang", "en");
        assertEquals(ExitCodes.OK, run.exit(), run.err());
        assertTrue(run.out().contains("se-preschool-teacher-p90"));
        assertTrue(run.out().contains("uk-parent-5-15-girls"));
        assertTrue(run.out().contains("provisional"));
    }

    @Test
    void showsATableWithItsCitation() {
        Run run = Run.of("norms", "show", "se-preschool-teacher-p90", "--lang", "en");
        assertEquals(ExitCodes.OK, run.exit(), run.err());
        assertTrue(run.out().contains("Gustafsson BM"), run.out());
        assertTrue(run.out().contains("at or above P90 12–40"), run.out());
    }

    @Test
    void anUnknownIdIsRefused() {
        assertEquals(ExitCodes.INPUT_REFUSED, Run.of("norms", "show", "no-such-table").exit());
    }

    @Test
    void loadsAUserTableWithoutARebuild(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("county.json");
        Files.writeString(file, "{\"id\":\"county-parent-6-12\",\"title\":{\"en\":\"County\",\"sv\":\"Län\"},"
                + "\"instrument\":\"sdq\",\"versions\":[\"4-17\"],\"informant\":\"parent\","
                + "\"ages\":{\"min\":6,\"max\":12},\"sex\":\"all\",\"country\":\"SE\","
                + "\"source\":{\"citation\":\"Our county survey 2025\",\"confidence\":\"provisional\"},"
                + "\"meanSd\":{\"ebdtot\":{\"mean\":8.1,\"sd\":5.9}}}");
        Run run = Run.of("norms", "list", "--norms-file", file.toString());
        assertEquals(ExitCodes.OK, run.exit(), run.err());
        assertTrue(run.out().contains("county-parent-6-12"));
    }

    @Test
    void aUserTableWithAMistakeIsRefusedNamingTheField(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("broken.json");
        Files.writeString(file, "{\"id\":\"broken\",\"title\":{\"en\":\"B\",\"sv\":\"B\"},"
                + "\"instrument\":\"sdq\",\"versions\":[\"4-17\"],\"informant\":\"parent\","
                + "\"ages\":{\"min\":6,\"max\":12},\"sex\":\"all\",\"country\":\"SE\","
                + "\"source\":{\"citation\":\"Our county survey 2025\",\"confidence\":\"sure\"},"
                + "\"meanSd\":{\"ebdtot\":{\"mean\":8.1,\"sd\":-1}}}");
        Run run = Run.of("norms", "list", "--norms-file", file.toString());
        assertEquals(ExitCodes.INPUT_REFUSED, run.exit());
        assertTrue(run.err().contains("broken.json"), run.err());
        assertTrue(run.err().contains("confidence"), run.err());
        assertTrue(run.err().contains("sd"), run.err());
    }
}
