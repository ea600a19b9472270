package se.hlt.assessment.csv;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static se.hlt.assessment.csv.SdqCsv.cells;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.hlt.assessment.cohort.Grouping;
import se.hlt.assessment.series.SeriesScorer;

/**
 * Each command that writes CSV guards the input's formula-like text wherever it lands (pairs, unpaired and
 * errors files, the ORS outputs, the cohort table) and counts it, while the numbers it computes stay numbers.
 */
class FormulaCellsTest {

    @TempDir
    Path dir;

    private CompareHarness.Ran compare(boolean keep) {
        String baselines = SdqCsv.withPrefix("p", "area")
                .row("=k1", "2", cells("area", "@north"))
                .row("+k9", "1", cells("area", "south"))
                .text();
        String followUps = SdqCsv.withPrefix("p", "area")
                .row("=k1", "0", cells("area", "@north"))
                .row("-k7", "7", cells("area", "-west"))
                .text();
        return new CompareHarness(dir).two(baselines, followUps,
                CompareOptions.defaults().withReading(SdqBatchOptions.defaults().withKeepFormulas(keep)));
    }

    @Test
    void comparePairsUnpairedAndErrorsGuardTheInputButNotTheChange() {
        CompareHarness.Ran ran = compare(false);
        Map<String, String> pair = ran.pair("'=k1");
        assertEquals("'@north", pair.get("area"));
        assertEquals("-10", pair.get("pemotion_change"), "a computed change is a number, not a formula");
        assertEquals("'+k9", ran.unpaired().get(0).get("id"));
        assertTrue(ran.errorsText().contains("followup,3,'-k7,"), ran.errorsText());
        // the pair's id and area, the unmatched id, the rejected id
        assertEquals(new FormulaCount(4, false), ran.summary().formulas());
        assertTrue(ran.summary().line().endsWith("; cells like formulas 4, guarded with '"), ran.summary().line());
    }

    @Test
    void keptFormulasAreWrittenAsTheyCameAndStillCounted() {
        CompareHarness.Ran ran = compare(true);
        assertEquals("@north", ran.pair("=k1").get("area"));
        assertEquals(new FormulaCount(4, true), ran.summary().formulas());
        assertTrue(ran.summary().line().endsWith("; cells like formulas 4, kept as they are"), ran.summary().line());
    }

    @Test
    void theCohortTableGuardsAGroupValue() throws IOException {
        compare(true);
        Outcome<CohortSummary> cohort = CohortCsv.builtIn().read(List.of(dir.resolve("pairs.csv")),
                new Grouping(List.of("area")), 1, ProgressListener.NONE);
        CohortSummary done = cohort.summary().orElseThrow();
        Path table = dir.resolve("cohort.csv");
        FormulaCount count = CohortCsv.write(done.reports(), done.reading(), table, false);
        String text = Files.readString(table, StandardCharsets.UTF_8);
        assertTrue(text.contains(",'@north,"), text);
        assertTrue(count.cells() > 0 && !count.kept(), count.toString());
        assertTrue(!text.contains(",@north,"), text);
    }

    @Test
    void theSessionsBatchGuardsClientsAndEpisodesInEveryFile() {
        String csv = "client,episode,session,instrument,total\n"
                + "@c1,-e,1,ORS,20\n"
                + "@c1,-e,2,ORS,-5\n";
        BatchFiles ran = TempDirs.inFreshDir(d -> BatchFiles.run(d, csv.getBytes(StandardCharsets.UTF_8),
                SessionsCsvBatch.of(SeriesScorer.builtIn())));
        assertTrue(ran.output().contains("\n'@c1,'-e,1,ORS,20,"), ran.output());
        assertTrue(ran.errors().contains("\n3,'@c1,total,"), ran.errors());
        assertTrue(ran.series().startsWith("client,episode,") && ran.series().contains("\n'@c1,'-e,"),
                ran.series());
        // two cells in the scored row, one in the errors row, two in the series row
        assertEquals(new FormulaCount(5, false), ran.summary().formulas());
    }
}
