package se.hlt.assessment.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code hlt report} for ORS/SRS: a client's series file, or the one-session files {@code hlt enter ors} saves, make a
 * page per client and rater with the charts, the table and the explanations.
 */
class ReportSeriesCommandTest {

    @TempDir
    Path dir;

    private static String example(String name) {
        return Path.of("..", "examples", name).toString();
    }

    private static int count(String html, String regex) {
        Matcher matcher = Pattern.compile(regex).matcher(html);
        int n = 0;
        while (matcher.find()) {
            n++;
        }
        return n;
    }

    @Test
    void aSeriesGetsAPagePerRaterWithChartsTableAndExplanations() throws IOException {
        Path out = dir.resolve("k-0417.html");
        Run run = Run.of("report", "--lang", "sv", "--out", out.toString(), example("ors-series.json"));
        assertEquals(ExitCodes.OK, run.exit(), run.err());
        String html = Files.readString(out, StandardCharsets.UTF_8);
        assertEquals(2, count(html, "<section class=\"page series-page\">"), "the child's page and the parent's");
        assertEquals(2, count(html, "<svg [^>]*class=\"series outcome\""), "an ORS chart for each rater");
        assertEquals(1, count(html, "<svg [^>]*class=\"series alliance\""), "the SRS on its own chart");
        assertTrue(html.contains("class=\"cutoff\""), "the cut-off line");
        assertTrue(html.contains("class=\"rcband\""), "the reliable change band around intake");
        assertTrue(html.contains("gräns 28"), "the adolescent cut-off, labelled in Swedish");
        assertTrue(html.contains("gräns 36"), "the SRS line at 36");
        assertTrue(html.contains("start ± 5"), "the band labelled with its points");
        assertTrue(html.contains("Samtal för samtal"), "the series table");
        assertTrue(html.contains("18,3"), "the intake total with a decimal comma");
        assertTrue(html.contains("Tillförlitlig förändring") || html.contains("tillförlitlig"), "the RCI line");
        assertFalse(html.contains("<script"), "no scripts");
    }

    @Test
    void oneSessionFilesFromEnterOrsMakeOneSeries() throws IOException {
        String[][] sessions = {{"ors", "1", "2026-01-12", "4 4 4 4"}, {"srs", "1", "2026-01-12", "9 9 9 9"},
            {"ors", "2", "2026-01-19", "5 5 5 5"}, {"ors", "3", "2026-01-26", "6,5 6 6 6"}};
        String[] files = new String[sessions.length];
        for (int i = 0; i < sessions.length; i++) {
            Path file = dir.resolve("s" + i + ".json");
            String[] s = sessions[i];
            Run enter = Run.typing(String.join("\n", s[0], "", s[1], s[2], "k-0417", "14", s[3], "") + "\n",
                    "enter", "ors", "--lang", "en", "--out", file.toString());
            assertEquals(ExitCodes.OK, enter.exit(), enter.err());
            files[i] = file.toString();
        }
        Path out = dir.resolve("r.html");
        String[] args = new String[files.length + 5];
        args[0] = "report";
        args[1] = "--lang";
        args[2] = "en";
        args[3] = "--out";
        args[4] = out.toString();
        System.arraycopy(files, 0, args, 5, files.length);
        Run run = Run.of(args);
        assertEquals(ExitCodes.OK, run.exit(), run.err());
        String html = Files.readString(out, StandardCharsets.UTF_8);
        assertEquals(1, count(html, "<section class=\"page series-page\">"), "one client, one rater: one page");
        assertTrue(html.contains("+8.5"), "change since intake at session 3: " + html);
        assertTrue(html.contains("reliable improvement"), "the summary line");
        assertTrue(html.contains("ORS/SRS follow-up for the HLT meeting"), "the series title");
    }
}
