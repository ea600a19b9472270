package se.hlt.assessment.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CompareCommandTest {

    @TempDir
    Path dir;

    private Run compareExamples(String... more) {
        List<String> args = new java.util.ArrayList<>(List.of("compare", "--baseline",
                ScoreCommandTest.example("sdq-baseline.csv").toString(), "--followup",
                ScoreCommandTest.example("sdq-followup.csv").toString(), "--out", dir.resolve("pairs.csv").toString()));
        args.addAll(List.of(more));
        return Run.of(args.toArray(String[]::new));
    }

    @Test
    void theExamplesAreReconciledInTheSummaryLineAndWrittenToThreeFiles() throws IOException {
        Run run = compareExamples("--lang", "en");
        assertEquals(ExitCodes.SOME_NOT_SCORED, run.exit(), "rows without a pair: " + run.err());
        assertTrue(run.err().startsWith("rows 38 = paired 16 x 2 + unmatched 2 + conflicts 3 + errors 1; lines read "),
                run.err());
        assertTrue(run.err().contains("One child's Added Value Score has a 95% interval of about ±10 points"),
                run.err());
        assertEquals(17, Files.readAllLines(dir.resolve("pairs.csv")).size());
        assertEquals(6, Files.readAllLines(dir.resolve("pairs.unmatched.csv")).size());
        assertEquals(2, Files.readAllLines(dir.resolve("pairs.errors.csv")).size());
    }

    @Test
    void inSwedishTheSummaryLineTheNotesAndTheCaveatAreSwedish() {
        Run run = compareExamples("--lang", "sv", "--window", "2-9");
        assertTrue(run.err().startsWith("rader 38 = parade 16 x 2 + utan partner 2 + konflikter 3 + fel 1; lästa filrader "), run.err());
        assertTrue(run.err().contains("Ett enskilt barns Added Value Score"), run.err());
        assertTrue(run.err().contains("Rader utan par: "), run.err());
        assertFalse(run.err().contains("Uppföljningsfönster"), "every pair is within 2-9 months: " + run.err());
    }

    @Test
    void everyRowPairedExitsZero() throws IOException {
        String header = "id,pconsid,prestles";
        Path b = Files.writeString(dir.resolve("b.csv"), header + "\na,1,1\nb,2,2\n", StandardCharsets.UTF_8);
        Path f = Files.writeString(dir.resolve("f.csv"), header + "\nb,0,1\na,0,0\n", StandardCharsets.UTF_8);
        Run run = Run.of("compare", "--baseline", b.toString(), "--followup", f.toString(), "--out",
                dir.resolve("p.csv").toString(), "--unmatched", dir.resolve("u.csv").toString());
        assertEquals(ExitCodes.OK, run.exit(), run.err());
        assertTrue(Files.exists(dir.resolve("u.csv")));
    }

    @Test
    void anIdentityNumberRefusesTheRunNamingTheFileColumnAndRowOnly() throws IOException {
        String header = "id,pconsid,note";
        Path b = Files.writeString(dir.resolve("b.csv"), header + "\na,1,x\n", StandardCharsets.UTF_8);
        // a synthetic number with a valid check digit, built here so that no file holds one: 121212-121 + Luhn
        String pin = "121212-121" + luhnDigit("121212121");
        Path f = Files.writeString(dir.resolve("f.csv"), header + "\na,1," + pin + "\n", StandardCharsets.UTF_8);
        Run run = Run.of("compare", "--lang", "en", "--baseline", b.toString(), "--followup", f.toString(), "--out",
                dir.resolve("p.csv").toString());
        assertEquals(ExitCodes.INPUT_REFUSED, run.exit());
        assertTrue(run.err().contains(f + ": column note, row 2 looks like a personal identity number"), run.err());
        assertFalse(run.err().contains("1212"));
        assertFalse(Files.exists(dir.resolve("p.csv")));
    }

    @Test
    void oneInputModeAtATimeAndAWindowOfMonths() {
        assertEquals(ExitCodes.USAGE, Run.of("compare", "--in", "a.csv", "--baseline", "b.csv", "--followup",
                "c.csv", "--out", "p.csv").exit());
        assertEquals(ExitCodes.USAGE, Run.of("compare", "--baseline", "b.csv", "--out", "p.csv").exit());
        assertEquals(ExitCodes.USAGE, compareExamples("--window", "six").exit());
    }

    @Test
    void theOrsSeriesJoinsThePairs() throws IOException {
        Path series = ScoreCommandTest.exampleOrsSeries(dir);
        Run run = compareExamples("--lang", "en", "--ors-series", series.toString());
        assertTrue(run.err().contains("; ORS series rows 4 = joined 4 + errors 0\n"), run.err());
        assertTrue(run.err().contains("ORS series: 4 rows joined the pairs, 0 of them with an SDQ pair"), run.err());
    }

    @Test
    void theSummaryNamesTheEncodingOfTheOrsSeriesFileToo() throws IOException {
        // issue 14: a series file saved by a Swedish spreadsheet is read as Windows-1252, and the summary says so
        Path series = ScoreCommandTest.exampleOrsSeries(dir);
        List<String> lines = Files.readAllLines(series);
        String delimiter = lines.get(0).contains(";") ? ";" : ",";
        StringBuilder swedish = new StringBuilder(lines.get(0) + delimiter + "område\r\n");
        lines.subList(1, lines.size()).forEach(l -> swedish.append(l).append(delimiter).append("Norrå\r\n"));
        Files.write(series, swedish.toString().getBytes(java.nio.charset.Charset.forName("windows-1252")));
        Run run = compareExamples("--lang", "en", "--ors-series", series.toString());
        assertTrue(run.err().contains("; ORS series rows 4 = joined 4 + errors 0\n"), run.err());
        assertTrue(run.err().contains("Read as utf-8, windows-1252; the files written are in utf-8."), run.err());
    }

    /** The Luhn check digit of nine digits, as a personal identity number's tenth. */
    private static int luhnDigit(String nine) {
        int sum = 0;
        for (int i = 0; i < 9; i++) {
            int v = (nine.charAt(i) - '0') * (i % 2 == 0 ? 2 : 1);
            sum += v > 9 ? v - 9 : v;
        }
        return (10 - sum % 10) % 10;
    }
}
