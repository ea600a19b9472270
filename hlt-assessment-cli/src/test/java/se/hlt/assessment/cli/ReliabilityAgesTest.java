package se.hlt.assessment.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.hlt.assessment.instrument.InstrumentCatalog;
import se.hlt.assessment.instrument.Question;

/**
 * Issue 17: a reliability table is used only for children of its ages, as a table of SDs is. Teacher pairs of a
 * 4-, a 10- and a 16-year-old through {@code hlt compare} and {@code hlt report}: the Goodman (2001) teacher alphas
 * (ages 5&ndash;15) measure the 10-year-old only; the 4-year-old takes the alphas of the Dutch 4&ndash;10 table that
 * already gave the SDs; the 16-year-old has no index, and both surfaces say why.
 */
class ReliabilityAgesTest {

    /** A teacher's baseline: total difficulties 20. */
    private static final String T1 = "0222202220220220222022202";
    /** The follow-up: total difficulties 4, a fall every table calls reliable. */
    private static final String T2 = "2002002020200200200220002";

    @TempDir
    Path dir;

    private static List<String> items() {
        return InstrumentCatalog.builtIn().find("sdq-t-4-17-baseline").orElseThrow().questions().stream()
                .filter(q -> q.number().isPresent()).map(Question::name).toList();
    }

    private Path csv(String name, String items, int... ages) throws IOException {
        List<String> names = items();
        StringBuilder text = new StringBuilder("id,age");
        names.forEach(n -> text.append(",t").append(n));
        for (int age : ages) {
            text.append("\nt").append(age).append(',').append(age);
            items.chars().forEach(c -> text.append(',').append((char) c));
        }
        return Files.writeString(dir.resolve(name), text.append('\n').toString(), StandardCharsets.UTF_8);
    }

    private static Map<String, Map<String, String>> pairsById(Path file) throws IOException {
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        List<String> header = List.of(lines.get(0).split(",", -1));
        Map<String, Map<String, String>> byId = new HashMap<>();
        for (String line : lines.subList(1, lines.size())) {
            List<String> cells = cells(line);
            Map<String, String> row = new HashMap<>();
            for (int i = 0; i < header.size(); i++) {
                row.put(header.get(i), cells.get(i));
            }
            byId.put(row.get("id"), row);
        }
        return byId;
    }

    /** The cells of one CSV line: a quoted cell may hold commas and doubled quotes (rci_note does). */
    private static List<String> cells(String line) {
        List<String> cells = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (quoted && c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
                cell.append('"');
                i++;
            } else if (c == '"') {
                quoted = !quoted;
            } else if (c == ',' && !quoted) {
                cells.add(cell.toString());
                cell.setLength(0);
            } else {
                cell.append(c);
            }
        }
        cells.add(cell.toString());
        return cells;
    }

    @Test
    void compareUsesTheTeacherAlphasOnlyForTheAgesTheyDescribe() throws IOException {
        Run run = Run.of("compare", "--lang", "en", "--baseline", csv("b.csv", T1, 4, 10, 16).toString(),
                "--followup", csv("f.csv", T2, 4, 10, 16).toString(), "--out", dir.resolve("p.csv").toString());
        assertEquals(ExitCodes.OK, run.exit(), run.err());
        Map<String, Map<String, String>> pairs = pairsById(dir.resolve("p.csv"));
        // 10: as before, the UK SDs and Goodman's teacher alphas
        assertEquals("uk-teacher-5-15", pairs.get("t10").get("rci_sd_table"));
        assertEquals("goodman2001-teacher-alpha", pairs.get("t10").get("rci_reliability_table"));
        assertEquals("improved", pairs.get("t10").get("tebdtot_status"));
        // 4: no longer Goodman's alphas of 5-15-year-olds; the Dutch table of 4-10-year-olds gives both
        assertEquals("nl-teacher-4-10", pairs.get("t4").get("rci_sd_table"));
        assertEquals("nl-teacher-4-10", pairs.get("t4").get("rci_reliability_table"));
        assertEquals("improved", pairs.get("t4").get("tebdtot_status"));
        // 16: no table fits, so no index, and rci_note names the tables and their ages
        Map<String, String> sixteen = pairs.get("t16");
        assertEquals("", sixteen.get("rci_reliability_table"));
        assertEquals("", sixteen.get("tebdtot_status"));
        assertTrue(sixteen.get("rci_note").contains("no norms table of reliabilities fits this child (age 16, sex not "
                + "given): goodman2001-teacher-alpha is for both sexes, ages 5-15"), sixteen.get("rci_note"));
        assertTrue(run.err().contains("1 pairs have no reliable change index"), run.err());
    }

    private Path form(String instrument, String items, int age) throws IOException {
        List<String> names = items();
        List<String> answers = new ArrayList<>();
        for (int i = 0; i < names.size(); i++) {
            answers.add("\"" + names.get(i) + "\": " + items.charAt(i));
        }
        String json = "{\"instrument\": \"" + instrument + "\", \"id\": \"t" + age + "\", \"age\": " + age
                + ", \"answers\": {" + String.join(", ", answers) + "}}";
        return Files.writeString(dir.resolve(instrument + "-" + age + ".json"), json, StandardCharsets.UTF_8);
    }

    private String report(String lang, int age) throws IOException {
        Path out = dir.resolve("r-" + lang + age + ".html");
        Run run = Run.of("report", "--lang", lang, "--out", out.toString(),
                form("sdq-t-4-17-baseline", T1, age).toString(), form("sdq-t-4-17-followup", T2, age).toString());
        assertEquals(ExitCodes.OK, run.exit(), run.err());
        return Files.readString(out, StandardCharsets.UTF_8);
    }

    @Test
    void theReportSaysWhyASixteenYearOldHasNoIndexInEnglishAndSwedish() throws IOException {
        assertTrue(report("en", 16).contains("No reliable change index for this child (age 16, sex not given): no "
                + "norms table of SDs covers the age and sex of the child; no table of reliabilities (alphas) covers "
                + "the age and sex of the child, and one measured at other ages is not used."));
        assertTrue(report("sv", 16).contains("Inget reliabelt förändringsindex för barnet (ålder 16, kön "),
                "in Swedish too");
        assertTrue(report("sv", 16).contains("ingen tabell med reliabilitet (alfa) gäller barnets ålder och kön, och "
                + "en som mätts i andra åldrar används inte."), "the reason in Swedish");
        // the 4- and the 10-year-old are judged, as hlt compare judges them
        for (int age : new int[] {4, 10}) {
            String html = report("en", age);
            assertFalse(html.contains("No reliable change index"), "age " + age);
            assertTrue(html.contains("<th>Reliable change</th>"), "age " + age);
        }
        assertTrue(report("en", 4).contains("van den Heuvel"), "the Dutch table is named as the alphas' source");
    }
}
