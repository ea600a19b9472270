package se.hlt.assessment.norms;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import se.hlt.assessment.spec.SpecFiles;

/**
 * The Swedish parent tables for children aged 4 and 5 (norms.md §1f) are the specification's table, cell by cell:
 * the table is read from the specification itself, so that a typing slip in a data file, or a change in the
 * specification, fails here. Each score's bands are checked at the borderline and abnormal values and just
 * before them.
 */
class SwedishParentTablesTest {

    private static final NormsCatalog NORMS = NormsCatalog.builtIn();

    /** The rows of §1f's table: a score, then "age 4 / age 5" for boys borderline, boys abnormal, girls ... */
    private static List<String[]> specRows() throws IOException {
        List<String> lines = Files.readAllLines(SpecFiles.dir().resolve("norms.md"));
        int start = lines.indexOf(lines.stream().filter(l -> l.startsWith("### 1f.")).findFirst().orElseThrow());
        List<String[]> rows = new ArrayList<>();
        for (String line : lines.subList(start, lines.size())) {
            if (line.startsWith("## ")) {
                break;
            }
            if (line.startsWith("| ") && !line.startsWith("| scale") && !line.startsWith("| ---")) {
                rows.add(line.substring(2, line.length() - 2).split(" \\| "));
            }
        }
        assertEquals(6, rows.size(), "the six scores of §1f");
        return rows;
    }

    @Test
    void everyCellOfTheSpecificationsTableIsInItsDataFile() throws IOException {
        for (String[] row : specRows()) {
            String score = row[0].split(" ")[0];
            boolean atOrBelow = row[0].contains("at or below");
            for (int age : new int[] {4, 5}) {
                int i = age - 4;
                check(NORMS.find("se-parent-" + age + "-boys").orElseThrow(), score, atOrBelow,
                        value(row[1], i), value(row[2], i));
                check(NORMS.find("se-parent-" + age + "-girls").orElseThrow(), score, atOrBelow,
                        value(row[3], i), value(row[4], i));
            }
        }
    }

    @Test
    void eachTableIsForItsOwnAgeAndSexAndIsMarkedSecondary() {
        for (String sex : List.of("boys", "girls")) {
            for (int age : new int[] {4, 5}) {
                NormTable t = NORMS.find("se-parent-" + age + "-" + sex).orElseThrow();
                assertEquals(age, t.ages().min());
                assertEquals(age, t.ages().max());
                assertEquals(sex.equals("boys") ? "male" : "female", t.sex());
                assertEquals("SE", t.country());
                assertEquals(List.of("2-4", "4-17"), t.versions());
                assertTrue(t.source().citation().contains("Dahlberg") && t.source().citation().contains("Mølland"));
                assertEquals("secondary", t.source().confidence().code());
            }
        }
    }

    private static int value(String cell, int age) {
        return Integer.parseInt(cell.split(" / ")[age].trim());
    }

    /** At the borderline value a score is borderline (abnormal when the two are equal), at the abnormal value abnormal. */
    private static void check(NormTable table, String score, boolean atOrBelow, int borderline, int abnormal) {
        Bands bands = table.bands().orElseThrow();
        String where = table.id() + " " + score;
        int step = atOrBelow ? 1 : -1; // one step towards the typical side
        assertEquals(borderline == abnormal ? "abnormal" : "borderline", band(bands, score, borderline), where);
        assertEquals("abnormal", band(bands, score, abnormal), where);
        assertEquals("normal", band(bands, score, borderline + step), where);
        if (borderline != abnormal) {
            assertEquals("borderline", band(bands, score, abnormal + step), where);
        }
    }

    private static String band(Bands bands, String score, int value) {
        return bands.bandOf(score, value).orElseThrow().band();
    }
}
