package se.hlt.assessment.csv;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.hlt.assessment.cohort.CohortReport;
import se.hlt.assessment.data.Checked;
import se.hlt.assessment.json.CohortJson;
import se.hlt.assessment.privacy.SyntheticIdentityNumbers;

/** Cohort reports written as JSON read back as they were; an edited file cannot bring back a hidden cell. */
class CohortJsonTest {

    @TempDir
    Path dir;

    private CohortSummary examples(int minimum, String... by) throws IOException {
        return ExamplePairs.cohort(dir, false, minimum, by);
    }

    @Test
    void whatIsWrittenReadsBackEqual() throws IOException {
        CohortSummary done = examples(3, "ageband");
        assertTrue(done.reports().get(0).hidden() > 0, "the example hides a group, so hiding is round-tripped too");
        Checked<List<CohortReport>> read = CohortJson.read(CohortJson.write(done.reports(), done.reading()), Locale.ENGLISH);
        assertEquals(List.of(), read.problems());
        assertEquals(done.reports(), read.orElseThrow());
    }

    @Test
    void aHiddenGroupGivenAFigureIsRefused() throws IOException {
        CohortSummary done = examples(3, "ageband");
        String json = CohortJson.write(done.reports(), done.reading());
        String edited = json.replaceFirst("\"status\" : \"hidden\",", "\"status\" : \"hidden\", \"pairs\" : 2,");
        assertFalse(edited.equals(json), "the edit took");
        Checked<List<CohortReport>> read = CohortJson.read(edited, Locale.ENGLISH);
        assertFalse(read.isOk());
        assertTrue(read.problems().get(0).matches("reports\\[0]\\.groups\\[\\d+]: values that do not fit together "
                + "\\(a hidden group with figures.*"), read.problems().toString());
    }

    /** A hidden group edited into a shown one is refused when the file is read, saying why, never the figure. */
    @Test
    void aHiddenGroupEditedIntoAShownOneIsRefused(@TempDir Path dir) throws IOException {
        CohortSummary done = examples(3, "ageband");
        String json = CohortJson.write(done.reports(), done.reading());
        int hidden = done.reports().get(0).hidden();
        String edited = json.replaceFirst("\"status\" : \"hidden\",", "\"status\" : \"shown\", \"pairs\" : 2,")
                .replaceFirst("\"hidden\" : " + hidden, "\"hidden\" : " + (hidden - 1)); // edited with care
        assertFalse(edited.equals(json), "the edit took");
        Checked<List<CohortReport>> read = CohortFiles.read(Files.writeString(dir.resolve("edited.json"), edited), Locale.ENGLISH);
        assertFalse(read.isOk());
        assertTrue(read.problems().get(0).contains("which hlt cohort hides"), read.problems().toString());
        assertTrue(CohortFiles.read(Files.writeString(dir.resolve("as-written.json"), json), Locale.ENGLISH).isOk());
    }

    @Test
    void aGroupValueThatIsAPersonalNumberIsRefusedWithoutRepeatingIt() throws IOException {
        CohortSummary done = examples(3, "ageband");
        String number = SyntheticIdentityNumbers.withDash(SyntheticIdentityNumbers.tenDigits("090312", "417"));
        String edited = CohortJson.write(done.reports(), done.reading()).replace("\"6-12\"", "\"" + number + "\"");
        Checked<List<CohortReport>> read = CohortJson.read(edited, Locale.ENGLISH);
        assertFalse(read.isOk(), "the library's CohortGroup refuses it, and the reader says so as a problem");
        assertTrue(read.problems().get(0)
                        .matches("reports\\[0]\\.groups\\[\\d+]\\.values\\[0]: looks like a personal identity number"),
                read.problems().toString());
        assertTrue(read.problems().stream().noneMatch(p -> p.contains(number.substring(0, 6))), "never echoed");
    }

    @Test
    void somethingElseIsRefusedSayingWhat() {
        assertTrue(CohortJson.read("{\"instrument\": \"sdq\"}", Locale.ENGLISH).problems().get(0).contains("hlt cohort --json"));
        assertTrue(CohortJson.read("{ not json", Locale.ENGLISH).problems().get(0).startsWith("not valid JSON at line 1"));
    }
}
