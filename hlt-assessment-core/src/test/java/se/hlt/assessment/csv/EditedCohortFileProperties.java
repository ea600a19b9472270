package se.hlt.assessment.csv;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.regex.Pattern;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import se.hlt.assessment.cohort.CohortReport;
import se.hlt.assessment.data.Checked;
import se.hlt.assessment.json.CohortJson;
import se.hlt.assessment.privacy.SyntheticIdentityNumbers;

/**
 * A cohort file from {@code hlt cohort} edited by hand, at random, and read back for {@code hlt report --cohort}:
 * the reading never throws, and what it says is the library's own sentence in the user's language, naming a row and
 * column or a place in the document, never a Java class, Jackson's words or a personal number typed into the file.
 * (Before: an interval edited to run backwards left the reader as an exception, which the command line called "the
 * file system refused it"; a field deleted from the JSON gave "Cannot invoke java.util.Collection.toArray()".)
 */
class EditedCohortFileProperties {

    private static final Locale SWEDISH = Locale.forLanguageTag("sv-SE");
    private static final String PERSONAL = SyntheticIdentityNumbers.withDash(
            SyntheticIdentityNumbers.tenDigits("090312", "417"));
    /** What a hand may type into a cell or a value: numbers of every sort, words, codes of the file, a number. */
    private static final List<String> TYPED = List.of("", "x", "-1", "0", "2", "1.5", "-0.5", "9".repeat(11),
            "1e400", "NaN", "hidden", "shown", "<3", "total", "pairs", "higher_is_better", PERSONAL);
    /** Java and Jackson showing through. */
    private static final Pattern INTERNALS = Pattern.compile("se\\.hlt|java\\.|Exception|`|\\bnull\\b|Cannot |"
            + "deserialize|instance of");
    /** Words of the English sentences that a Swedish one must not have (the file's own names and codes aside). */
    private static final Pattern ENGLISH = Pattern.compile("\\b(row|not a|not readable|looks like|header|no rows|"
            + "the group|values that|hides|edited|shown|hidden group|a field|: missing)\\b");

    private static final Path DIR = temporaryFolder();
    private static final String CSV = written(false);
    private static final String JSON = written(true);

    private static Path temporaryFolder() {
        try {
            Path dir = Files.createTempDirectory("edited-cohort");
            dir.toFile().deleteOnExit();
            return dir;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String written(boolean json) {
        try {
            CohortSummary done = ExamplePairs.cohort(DIR, false, 3, "ageband");
            if (json) {
                return CohortJson.write(done.reports(), done.reading());
            }
            Path file = DIR.resolve("cohort.csv");
            CohortCsv.write(done.reports(), done.reading(), file, false);
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Property(tries = 300)
    void anEditedTableIsReadOrRefusedInWords(@ForAll long seed, @ForAll @IntRange(min = 1, max = 3) int edits)
            throws IOException {
        Random random = new Random(seed);
        String[] lines = CSV.split("\r?\n", -1);
        for (int e = 0; e < edits; e++) {
            int row = 1 + random.nextInt(lines.length - 2);
            String[] cells = lines[row].split(",", -1);
            cells[random.nextInt(cells.length)] = TYPED.get(random.nextInt(TYPED.size()));
            lines[row] = String.join(",", cells);
        }
        checkBothLanguages(Files.writeString(DIR.resolve("edited-" + seed + ".csv"), String.join("\n", lines)));
    }

    @Property(tries = 300)
    void anEditedDocumentIsReadOrRefusedInWords(@ForAll long seed, @ForAll @IntRange(min = 1, max = 2) int edits)
            throws IOException {
        Random random = new Random(seed);
        JsonNode root = new ObjectMapper().readTree(JSON);
        for (int e = 0; e < edits; e++) {
            edit(root, random);
        }
        checkBothLanguages(Files.writeString(DIR.resolve("edited-" + seed + ".json"), root.toString()));
    }

    /** Deletes a field or an element somewhere in the document, or puts something typed in its place. */
    private static void edit(JsonNode root, Random random) {
        List<JsonNode> containers = new ArrayList<>();
        collect(root.path("reports"), containers);
        if (containers.isEmpty()) {
            return; // an earlier edit left nothing to edit
        }
        JsonNode parent = containers.get(random.nextInt(containers.size()));
        boolean delete = random.nextInt(3) == 0;
        String typed = TYPED.get(random.nextInt(TYPED.size()));
        if (parent instanceof ObjectNode object) {
            List<String> names = new ArrayList<>();
            object.fieldNames().forEachRemaining(names::add);
            String name = names.get(random.nextInt(names.size()));
            if (delete) {
                object.remove(name);
            } else if (random.nextBoolean() && !typed.isEmpty() && typed.chars().allMatch(Character::isDigit)) {
                object.put(name, Long.parseLong(typed));
            } else {
                object.put(name, typed);
            }
        } else if (parent instanceof ArrayNode array) {
            int at = random.nextInt(array.size());
            if (delete) {
                array.remove(at);
            } else {
                array.set(at, array.textNode(typed));
            }
        }
    }

    private static void collect(JsonNode node, List<JsonNode> containers) {
        if (node.isContainerNode() && node.size() > 0) {
            containers.add(node);
            for (Iterator<JsonNode> it = node.elements(); it.hasNext(); ) {
                collect(it.next(), containers);
            }
        }
    }

    private static void checkBothLanguages(Path file) throws IOException {
        Checked<List<CohortReport>> english = CohortFiles.read(file, Locale.ENGLISH);
        Checked<List<CohortReport>> swedish = CohortFiles.read(file, SWEDISH);
        assertEquals(english.isOk(), swedish.isOk());
        assertEquals(english.problems().size(), swedish.problems().size(), swedish.problems().toString());
        for (String problem : english.problems()) {
            assertFalse(INTERNALS.matcher(problem).find(), problem);
            assertFalse(problem.contains(PERSONAL.substring(0, 6)), "never echoed: " + problem);
        }
        for (String problem : swedish.problems()) {
            assertFalse(INTERNALS.matcher(problem).find(), problem);
            assertFalse(problem.contains(PERSONAL.substring(0, 6)), "never echoed: " + problem);
            assertFalse(ENGLISH.matcher(problem).find(), problem);
        }
        Files.delete(file);
    }

    @Example
    void aFieldLeftOutIsNamed() throws IOException {
        ObjectNode root = (ObjectNode) new ObjectMapper().readTree(JSON);
        ((ObjectNode) root.path("reports").get(0)).remove("groups");
        assertEquals(List.of("reports[0].groups: missing"),
                CohortJson.read(root.toString(), Locale.ENGLISH).problems());
        assertEquals(List.of("reports[0].groups: saknas"), CohortJson.read(root.toString(), SWEDISH).problems());
    }

    @Example
    void aFieldOfNoReportAndAWrongValueAreNamed() throws IOException {
        ObjectNode root = (ObjectNode) new ObjectMapper().readTree(JSON);
        ObjectNode report = (ObjectNode) root.path("reports").get(0);
        report.put("extra", 1);
        assertEquals(List.of("reports[0].extra: not a field of a cohort report"),
                CohortJson.read(root.toString(), Locale.ENGLISH).problems());
        report.remove("extra");
        report.put("minimum", "fem");
        assertEquals(List.of("reports[0].minimum: inte ett värde som hlt cohort --json skriver där"),
                CohortJson.read(root.toString(), SWEDISH).problems());
        report.put("minimum", 3);
        ((ObjectNode) report.path("scales").get(0)).put("direction", "sideways");
        assertEquals(List.of("reports[0].scales[0].direction: not a value hlt cohort --json writes there"),
                CohortJson.read(root.toString(), Locale.ENGLISH).problems());
    }

    @Example
    void anIntervalEditedToRunBackwardsIsARowsProblem() throws IOException {
        String[] lines = CSV.split("\r?\n", -1);
        List<String> header = List.of(lines[0].split(","));
        int low = header.indexOf("change_ci_low");
        int high = header.indexOf("change_ci_high");
        int row = 1;
        while (lines[row].split(",", -1)[high].isEmpty()) {
            row++;
        }
        String[] cells = lines[row].split(",", -1);
        cells[low] = "1000";
        lines[row] = String.join(",", cells);
        Path file = Files.writeString(DIR.resolve("backwards.csv"), String.join("\n", lines));
        List<String> problems = CohortFiles.read(file, SWEDISH).problems();
        assertEquals(List.of("rad " + (row + 1) + ": värden som inte går ihop (en dold grupp med värden, ett "
                + "intervall med ändarna i fel ordning ...); sådana skriver hlt cohort aldrig"), problems);
        assertTrue(CohortFiles.read(file, Locale.ENGLISH).problems().get(0).startsWith("row " + (row + 1) + ": "));
    }
}
