package se.hlt.assessment.csv;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import se.hlt.assessment.cohort.CellStatus;
import se.hlt.assessment.cohort.CohortGroup;
import se.hlt.assessment.cohort.CohortReport;
import se.hlt.assessment.data.Checked;
import se.hlt.assessment.json.CohortReading;
import se.hlt.assessment.privacy.SyntheticIdentityNumbers;

/**
 * The cohort table of {@code hlt cohort --out} read back: written again, it is the same file byte for byte (so
 * nothing was lost but what the file itself rounds), a hidden group stays hidden, and a file that is something
 * else is refused saying where.
 */
class CohortTableCsvTest {

    @TempDir
    Path dir;

    private CohortSummary cohort(boolean semicolons, int minimum, String... by) throws IOException {
        return ExamplePairs.cohort(dir, semicolons, minimum, by);
    }

    private Path written(List<CohortReport> reports, CohortReading reading, String name) throws IOException {
        Path file = dir.resolve(name);
        CohortCsv.write(reports, reading, file, false);
        return file;
    }

    @ParameterizedTest
    @CsvSource({"false, 3, ageband", "false, 5, area", "true, 3, area", "false, 1, ''", "true, 2, area"})
    void readAndWrittenAgainItIsTheSameFile(boolean semicolons, int minimum, String by) throws IOException {
        String[] columns = by.isEmpty() ? new String[0] : by.split(",");
        CohortSummary done = cohort(semicolons, minimum, columns);
        Path file = written(done.reports(), done.reading(), "cohort.csv");
        Checked<List<CohortReport>> read = CohortFiles.read(file, Locale.ENGLISH);
        assertEquals(List.of(), read.problems());
        List<CohortReport> reports = read.orElseThrow();
        assertEquals(done.reports().size(), reports.size());
        assertEquals(done.reports().get(0).minimum(), reports.get(0).minimum());
        assertEquals(done.reports().get(0).hidden(), reports.get(0).hidden());
        assertEquals(done.reports().get(0).scales(), reports.get(0).scales());
        Path again = written(reports, done.reading(), "again.csv");
        assertEquals(Files.readString(file), Files.readString(again));
    }

    @Test
    void aHiddenGroupStaysHiddenWhateverItsRowSays() throws IOException {
        CohortSummary done = cohort(false, 3, "ageband");
        assertTrue(done.reports().get(0).hidden() > 0, "the example hides a group");
        String csv = Files.readString(written(done.reports(), done.reading(), "cohort.csv"));
        // an edited file: figures typed into a hidden group's rows
        String edited = csv.replace("hidden,hidden,3,,", "hidden,hidden,3,12.5,");
        assertFalse(edited.equals(csv), "the edit took");
        Path file = Files.writeString(dir.resolve("edited.csv"), edited);
        CohortReport report = CohortFiles.read(file, Locale.ENGLISH).orElseThrow().get(0);
        for (CohortGroup g : report.groups()) {
            if (g.status() != CellStatus.SHOWN) {
                assertTrue(g.pairs().isEmpty() && g.percentOfAll().isEmpty() && g.scales().isEmpty(), g.toString());
            }
        }
        assertEquals(done.reports().get(0).hidden(), report.hidden());
    }

    /** Every row of the hidden groups edited to give a count: the table no longer hides them, so it is refused. */
    @Test
    void hiddenGroupsWhoseEveryRowWasEditedAreRefused() throws IOException {
        CohortSummary done = cohort(false, 3, "ageband");
        String csv = Files.readString(written(done.reports(), done.reading(), "cohort.csv"));
        String edited = csv.replace("hidden,hidden,3,", "2,,3,");
        assertFalse(edited.equals(csv), "the edit took");
        Checked<List<CohortReport>> read = CohortFiles.read(Files.writeString(dir.resolve("edited.csv"), edited), Locale.ENGLISH);
        assertFalse(read.isOk());
        assertEquals(List.of("the report of sdq parent gives a group shown with a count below the minimum of 3, "
                + "which hlt cohort hides: an edited file is not shown"), read.problems());
    }

    @Test
    void aGroupValueThatIsAPersonalNumberIsRefusedByItsRowOnly() throws IOException {
        CohortSummary done = cohort(false, 3, "ageband");
        String csv = Files.readString(written(done.reports(), done.reading(), "cohort.csv"));
        String number = SyntheticIdentityNumbers.withDash(SyntheticIdentityNumbers.tenDigits("090312", "417"));
        Path file = Files.writeString(dir.resolve("edited.csv"), csv.replace(",6-12,", "," + number + ","));
        List<String> problems = CohortFiles.read(file, Locale.ENGLISH).problems();
        assertEquals(1, problems.size(), "named once, at the first row of the column: " + problems);
        assertTrue(problems.get(0).matches("row \\d+, column ageband: looks like a personal identity number"),
                problems.toString());
        assertTrue(problems.stream().noneMatch(p -> p.contains(number.substring(0, 6))), "never echoed");
    }

    @Test
    void somethingElseIsRefusedSayingWhere() throws IOException {
        Path pairs = dir.resolve("not-a-cohort.csv");
        Files.writeString(pairs, "id,age\nk-1,7\n", StandardCharsets.UTF_8);
        List<String> problems = CohortFiles.read(pairs, Locale.ENGLISH).problems();
        assertTrue(problems.get(0).startsWith("row 1: no column instrument, informant"), problems.toString());

        CohortSummary done = cohort(false, 3, "ageband");
        String csv = Files.readString(written(done.reports(), done.reading(), "cohort.csv"));
        String[] lines = csv.split("\n", -1);
        int t1Mean = List.of(lines[0].split(",")).indexOf("t1_mean");
        int row = 0;
        while (!lines[row].contains(",6-12,cell,pemotion,")) {
            row++;
        }
        String[] cells = lines[row].split(",", -1);
        cells[t1Mean] = "six";
        lines[row] = String.join(",", cells);
        Path broken = Files.writeString(dir.resolve("broken.csv"), String.join("\n", lines));
        List<String> why = CohortFiles.read(broken, Locale.ENGLISH).problems();
        assertEquals(List.of("row " + (row + 1) + ", column t1_mean: not a number"), why);
        assertFalse(why.get(0).contains("six"), "the cell's value is not repeated");
    }
}
