package se.hlt.assessment.cli;

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
import se.hlt.assessment.csv.Refusal;
import se.hlt.assessment.csv.RefusalKind;

class BatchSdqCommandTest {

    @TempDir
    Path dir;

    private static final String HEADER = "id,pconsid,prestles,psomatic,pshares,ptantrum,ploner,pobeys,pworries,"
            + "pcaring,pfidgety,pfriend,pfights,punhappy,ppopular,pdistrac,pclingy,pkind,plies,pbullied,phelpout,"
            + "preflect,psteals,poldbest,pafraid,pattends";

    private Path csv(String name, String... lines) throws IOException {
        Path file = dir.resolve(name);
        Files.writeString(file, String.join("\n", lines) + "\n", StandardCharsets.UTF_8);
        return file;
    }

    private static String row(String id, String value) {
        return id + ("," + value).repeat(25);
    }

    @Test
    void scoresTheExampleAndListsItsOneBadRow() throws IOException {
        Path out = dir.resolve("scored.csv");
        Run run = Run.of("batch", "sdq", "--lang", "en", "--in",
                ScoreCommandTest.example("sdq-parent-batch.csv").toString(), "--out", out.toString());

        assertEquals(ExitCodes.SOME_NOT_SCORED, run.exit(), run.err());
        assertTrue(run.err().startsWith("rows 12, scored 11, errors 1; lines read 13\n"), run.err());
        List<String> errors = Files.readAllLines(dir.resolve("scored.errors.csv"));
        assertEquals("row,id,column,reason_code,reason", errors.get(0));
        assertTrue(errors.get(1).startsWith("9,p008,ploner,code_not_allowed,"), errors.get(1));
        assertEquals(12, Files.readAllLines(out).size(), "the header and 11 scored rows");
        String header = Files.readAllLines(out).get(0);
        assertTrue(header.contains(",pimpact_band4,pemotion_z_uk-parent-5-15-boys,"), header);
        assertTrue(header.contains(",pimpact_z_uk-parent-5-15-girls,pemotion_band_se-parent-4-boys,"), header);
        assertTrue(header.endsWith(",pebdtot_band_se-parent-5-girls,status,flags"), header);
    }

    @Test
    void exitsZeroWhenEveryRowIsScoredAndWritesTheErrorsFileWhereAsked() throws IOException {
        Path in = csv("in.csv", HEADER, row("a1", "1"), row("a2", "0"));
        Path errors = dir.resolve("rejected.csv");
        Run run = Run.of("batch", "sdq", "--in", in.toString(), "--out", dir.resolve("out.csv").toString(),
                "--errors", errors.toString());

        assertEquals(ExitCodes.OK, run.exit(), run.err());
        assertTrue(run.err().startsWith("rows 2, scored 2, errors 0"), run.err());
        assertEquals(List.of("row,id,column,reason_code,reason"), Files.readAllLines(errors));
    }

    @Test
    void formulasFromTheInputAreGuardedUnlessKeptAndTheSummaryCountsThem() throws IOException {
        Path in = csv("in.csv", HEADER + ",note", row("=a1", "1") + ",@SUM(A1)", row("a2", "0") + ",ok");
        Path out = dir.resolve("out.csv");
        Run guarded = Run.of("batch", "sdq", "--in", in.toString(), "--out", out.toString());
        assertEquals(ExitCodes.OK, guarded.exit(), guarded.err());
        assertTrue(guarded.err().startsWith("rows 2, scored 2, errors 0; lines read 3; cells like formulas 2, "
                + "guarded with '\n"), guarded.err());
        List<String> lines = Files.readAllLines(out);
        assertTrue(lines.get(1).startsWith("'=a1,1,") && lines.get(1).contains(",'@SUM(A1),"), lines.get(1));

        Run kept = Run.of("batch", "sdq", "--keep-formulas", "--in", in.toString(), "--out", out.toString());
        assertTrue(kept.err().startsWith("rows 2, scored 2, errors 0; lines read 3; cells like formulas 2, "
                + "kept as they are\n"), kept.err());
        assertTrue(Files.readAllLines(out).get(1).startsWith("=a1,1,"));
    }

    @Test
    void aRefusedFileExitsThreeWithTheReasonInSwedishAndWritesNothing() throws IOException {
        Path in = csv("in.csv", "id,pconsid,tconsid", "a1,1,1");
        Run run = Run.of("batch", "sdq", "--lang", "sv", "--in", in.toString(), "--out",
                dir.resolve("out.csv").toString());

        assertEquals(ExitCodes.INPUT_REFUSED, run.exit());
        assertTrue(run.err().contains("Filen avvisades, inget skrevs: filen blandar uppgiftslämnare"), run.err());
        assertFalse(Files.exists(dir.resolve("out.csv")));
        assertFalse(Files.exists(dir.resolve("out.errors.csv")));
    }

    @Test
    void optionsReachTheBatch() throws IOException {
        String header = HEADER.replace("plies", "pargues").replace("psteals", "pspite").replace("id,", "lopnr,");
        Path in = csv("in.csv", header, row("a1", "2"), row("a2", "0"));
        Run run = Run.of("batch", "sdq", "--in", in.toString(), "--out", dir.resolve("out.csv").toString(),
                "--version", "2-4", "--id-col", "lopnr", "--coding", "1-3", "--followup");

        assertEquals(ExitCodes.SOME_NOT_SCORED, run.exit(), run.err());
        assertTrue(run.err().startsWith("rows 2, scored 1, errors 1"), run.err());
        List<String> errors = Files.readAllLines(dir.resolve("out.errors.csv"));
        assertEquals("row,lopnr,column,reason_code,reason", errors.get(0));
        assertTrue(errors.get(1).startsWith("3,a2,"), errors.get(1));
    }

    @Test
    void aFileWithoutIdsSaysRowsAreNumbered() throws IOException {
        Path in = csv("in.csv", HEADER.substring(3), row("", "1").substring(1), "");
        Run run = Run.of("batch", "sdq", "--lang", "en", "--in", in.toString(), "--out",
                dir.resolve("out.csv").toString());
        assertEquals(ExitCodes.OK, run.exit(), run.err());
        assertTrue(run.err().contains("identified by their row number"), run.err());
    }

    @Test
    void aWrongCodingIsAWrongCommandLine() throws IOException {
        Path in = csv("in.csv", HEADER, row("a1", "1"));
        Run run = Run.of("batch", "sdq", "--in", in.toString(), "--out", dir.resolve("out.csv").toString(),
                "--coding", "1-5");
        assertEquals(ExitCodes.USAGE, run.exit());
        assertTrue(run.err().contains("expected 0-2|1-3 but was '1-5'"), run.err());
    }

    @Test
    void aMissingInputIsRefused() {
        Run run = Run.of("batch", "sdq", "--lang", "en", "--in", dir.resolve("nope.csv").toString(), "--out",
                dir.resolve("out.csv").toString());
        assertEquals(ExitCodes.INPUT_REFUSED, run.exit());
        assertTrue(run.err().contains("Cannot read"), run.err());
    }

    @Test
    void theHelpHasAnExampleAndTheExitCodes() {
        Run run = Run.of("batch", "sdq", "--help");
        assertEquals(ExitCodes.OK, run.exit());
        assertTrue(run.out().contains("hlt batch sdq --in examples/sdq-parent-batch.csv --out scored.csv"));
        assertTrue(run.out().contains("--version=2-4|4-17|11-17"), run.out());
        assertTrue(run.out().contains("Exit codes"));
    }

    @Test
    void theErrorsFileSitsBesideTheOutput() {
        assertEquals(Path.of("a", "scored.errors.csv"), BatchSdqCommand.besideOutput(Path.of("a", "scored.csv")));
        assertEquals(Path.of("scored.errors.csv"), BatchSdqCommand.besideOutput(Path.of("scored.CSV")));
        assertEquals(Path.of("result.errors.csv"), BatchSdqCommand.besideOutput(Path.of("result")));
    }

    @Test
    void everyRefusalHasATextInBothLanguagesAndTheEnglishMatchesTheLibrary() {
        Messages en = Messages.of(Locale.ENGLISH);
        Messages sv = Messages.of(Locale.forLanguageTag("sv"));
        for (RefusalKind kind : RefusalKind.values()) {
            Refusal refusal = Refusal.of(kind, "4-17", "parent");
            assertEquals(refusal.message(), en.get("batch.refused." + kind.code(), "4-17", "parent"), kind.code());
            assertFalse(BatchSdqCommand.refusalText(refusal, sv).isBlank(), kind.code());
        }
        assertEquals("SDQ 2-4 har inget formulär för den här uppgiftslämnaren (självskattning)",
                BatchSdqCommand.refusalText(Refusal.of(RefusalKind.VERSION_NOT_FOR_INFORMANT, "2-4", "self"), sv));
    }
}
