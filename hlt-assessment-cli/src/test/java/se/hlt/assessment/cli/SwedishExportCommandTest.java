package se.hlt.assessment.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A Swedish researcher's export, as a spreadsheet saves it (Windows-1252, semicolons, CR LF, the columns
 * {@code löpnr datum tidpunkt ålder kön kommun}, the sex coded 1/2), goes through {@code batch sdq},
 * {@code compare}, {@code cohort} and {@code report --cohort} as it is, with one option ({@code --sex-codes}),
 * and every file written is in its encoding and line ends.
 */
class SwedishExportCommandTest {

    private static final Charset CP1252 = Charset.forName("windows-1252");
    private static final String EXPORT = ScoreCommandTest.example("sdq-svensk-export.csv").toString();

    @TempDir
    Path dir;

    @Test
    void batchSdqReadsTheExportAndSaysWhatItRead() throws IOException {
        Path out = dir.resolve("poäng.csv");
        Run run = Run.of("batch", "sdq", "--lang", "sv", "--in", EXPORT, "--out", out.toString(),
                "--sex-codes", "1=boy,2=girl");
        assertEquals(ExitCodes.SOME_NOT_SCORED, run.exit(), run.err()); // the example's one wrong code
        assertTrue(run.err().startsWith("rader 38, poängsatta 37, fel 1; lästa filrader 39\n"), run.err());
        assertTrue(run.err().contains("Läst som windows-1252; filerna som skrivs är i windows-1252."), run.err());
        assertFalse(run.err().contains("Obs:"), run.err());
        String text = new String(Files.readAllBytes(out), CP1252);
        assertTrue(text.startsWith("löpnr;datum;tidpunkt;ålder;kön;kommun;"));
        assertTrue(text.contains("\r\n") && !text.replace("\r\n", "").contains("\n"), "CR LF as the input");
        assertTrue(text.contains("pemotion_z_uk-parent-5-15-girls"));
    }

    @Test
    void withoutTheSexCodesOneNoteSaysWhatWasFoundAndWhatToGive() {
        Run run = Run.of("batch", "sdq", "--lang", "sv", "--in", EXPORT, "--out", dir.resolve("o.csv").toString());
        assertEquals(ExitCodes.SOME_NOT_SCORED, run.exit(), run.err());
        assertTrue(run.err().contains("rader 38, poängsatta 37, fel 1"), "no error a row for the codes: " + run.err());
        assertTrue(run.err().contains("Obs: kolumnen kön: 38 celler har en könskod som inte kan läsas (2, 1); de "
                + "raderna poängsattes utan kön. Ange vad koderna betyder med --sex-codes, t.ex. --sex-codes "
                + "1=boy,2=girl"), run.err());
        assertTrue(run.err().contains("Obs: ingen rad har barnets kön: z-poäng och nationella nivåer förblir "
                + "tomma"), run.err());
        Run en = Run.of("batch", "sdq", "--lang", "en", "--in", EXPORT, "--out", dir.resolve("e.csv").toString());
        assertTrue(en.err().contains("Note: no row has the child's sex: z-scores and national bands stay empty"),
                en.err());
    }

    @Test
    void compareCohortAndReportTakeTheExportAndItsPairsAsTheyAre() throws IOException {
        Path pairs = dir.resolve("par.csv");
        Run compare = Run.of("compare", "--lang", "sv", "--in", EXPORT, "--out", pairs.toString(),
                "--sex-codes", "1=boy,2=girl");
        assertTrue(compare.exit() == ExitCodes.OK || compare.exit() == ExitCodes.SOME_NOT_SCORED, compare.err());
        assertTrue(compare.err().contains("Läst som windows-1252"), compare.err());
        String pairsText = new String(Files.readAllBytes(pairs), CP1252);
        assertTrue(pairsText.startsWith("löpnr;"), pairsText.substring(0, 40));
        assertTrue(pairsText.contains(";Umeå;") && pairsText.contains("\r\n"));
        assertFalse(pairsText.contains("Ã"), "no UTF-8 read as 1252 anywhere");
        assertFalse(compare.err().contains("Obs:"), "age and sex read: nothing left empty " + compare.err());

        Path cohort = dir.resolve("kohort.csv");
        Run cohortRun = Run.of("cohort", "--lang", "sv", pairs.toString(), "--by", "kommun", "--out",
                cohort.toString());
        assertEquals(ExitCodes.OK, cohortRun.exit(), cohortRun.err());
        assertTrue(cohortRun.err().contains("Läst som windows-1252; kohorttabellen skrivs i samma teckenkodning."),
                cohortRun.err());
        assertTrue(cohortRun.out().contains("Umeå"), cohortRun.out());
        String cohortText = new String(Files.readAllBytes(cohort), CP1252);
        assertTrue(cohortText.contains(";Umeå;") && cohortText.contains("\r\n"), cohortText);

        Path page = dir.resolve("kohort.html");
        Run report = Run.of("report", "--lang", "sv", "--cohort", cohort.toString(), "--out", page.toString());
        assertEquals(ExitCodes.OK, report.exit(), report.err());
        String html = Files.readString(page, StandardCharsets.UTF_8);
        assertTrue(html.contains("Umeå"), "the group's name read back from the 1252 cohort file");
        assertFalse(html.contains("Ume\uFFFD") || html.contains("UmeÃ"), "no garbled letters");
    }

    @Test
    void utf8OutputByChoiceAndAWrongRoleIsAWrongCommandLine() throws IOException {
        Path out = dir.resolve("u.csv");
        Run run = Run.of("batch", "sdq", "--lang", "en", "--in", EXPORT, "--out", out.toString(),
                "--sex-codes", "1=boy,2=girl", "--output-encoding", "utf-8");
        assertTrue(run.err().contains("Read as windows-1252; the files written are in utf-8."), run.err());
        assertTrue(new String(Files.readAllBytes(out), StandardCharsets.UTF_8).startsWith("\uFEFFlöpnr;"));
        Run wrong = Run.of("batch", "sdq", "--in", EXPORT, "--out", out.toString(), "--column", "shoe=storlek");
        assertEquals(ExitCodes.USAGE, wrong.exit(), wrong.err());
    }
}
