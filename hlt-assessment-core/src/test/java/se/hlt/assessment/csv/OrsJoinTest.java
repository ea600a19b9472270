package se.hlt.assessment.csv;

import se.hlt.assessment.privacy.SyntheticIdentityNumbers;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.hlt.assessment.cohort.CohortReport;
import se.hlt.assessment.cohort.Grouping;
import se.hlt.assessment.cohort.ScaleFigures;
import se.hlt.assessment.series.SeriesScorer;

/**
 * The ORS series ({@code hlt batch ors --series}) joins the pairs file as rows of its own, intake against latest,
 * one per client and rater, and the cohort reports each rater's ORS total on its own.
 */
class OrsJoinTest {

    @TempDir
    Path dir;

    /** The series of the shipped ORS example, written by the ORS batch, with k-0417 renamed k-01 (an SDQ child). */
    private Path series() throws IOException {
        Path written = dir.resolve("series.csv");
        SessionsCsvBatch.of(SeriesScorer.builtIn()).run(Path.of("..", "examples", "ors-sessions.csv"),
                dir.resolve("scored.csv"), dir.resolve("scored.errors.csv"), Optional.of(written));
        return Files.writeString(dir.resolve("series-k.csv"), Files.readString(written).replace("k-0417", "k-01"));
    }

    private CompareHarness.Ran compare(Path series) {
        Path examples = Path.of("..", "examples");
        return new CompareHarness(dir).run(CompareInput.twoFiles(examples.resolve("sdq-baseline.csv"),
                examples.resolve("sdq-followup.csv")).withOrsSeries(series), CompareOptions.defaults());
    }

    private static Map<String, String> row(CompareHarness.Ran ran, String instrument, String id, String informant) {
        return ran.pairs().stream().filter(p -> p.get("instrument").equals(instrument) && p.get("id").equals(id)
                && p.get("informant").equals(informant)).findFirst().orElseThrow();
    }

    @Test
    void eachClientAndRaterJoinsAsARowOfItsOwnWithItsSdqPairsGroups() throws IOException {
        CompareHarness.Ran ran = compare(series());
        CompareSummary s = ran.summary();
        assertEquals(new CompareSummary.OrsJoin(4, 4, 0, 2), s.ors());
        assertTrue(s.line().endsWith("; ORS series rows 4 = joined 4 + errors 0"), s.line());
        assertEquals(16 + 4, ran.pairs().size());

        Map<String, String> self = row(ran, "ors-srs", "k-01", "self");
        Map<String, String> sdq = row(ran, "sdq", "k-01", "parent");
        assertEquals("ors-srs", self.get("instrument"));
        assertEquals("sdq", sdq.get("instrument"));
        assertEquals(sdq.get("area"), self.get("area"), "the group columns of the child's SDQ pair");
        assertEquals(sdq.get("age"), self.get("age"));
        // the example's self-rated ORS: intake 18.3, latest 28.1 (examples/ors-series.json)
        assertEquals("18.3", self.get("ors_self_total_t1"));
        assertEquals("28.1", self.get("ors_self_total_t2"));
        assertEquals("9.8", self.get("ors_self_total_change"));
        assertEquals("improved", self.get("ors_self_total_status"));
        assertEquals("yes", self.get("ors_self_total_clinsig"));
        assertEquals("", self.get("ors_parent_total_t1"), "a rater's totals in the rater's own columns");
        assertEquals("", self.get("pemotion_t1"));
        assertEquals("", sdq.get("ors_self_total_t1"));
        Map<String, String> parent = row(ran, "ors-srs", "k-01", "parent");
        assertEquals("22.0", parent.get("ors_parent_total_t1"), "the paper record of the parent's total");
        assertEquals("", parent.get("ors_self_total_t1"));
        Map<String, String> alone = row(ran, "ors-srs", "k-0923", "self");
        assertEquals("", alone.get("area"), "no SDQ pair: no group columns to take");
    }

    @Test
    void anUnreadableSeriesRowGoesToTheErrorsFile() throws IOException {
        Path bad = Files.writeString(dir.resolve("bad.csv"), Files.readString(series()).replace("20,4", "20,45"));
        CompareHarness.Ran ran = compare(bad);
        assertEquals(new CompareSummary.OrsJoin(4, 3, 1, 2), ran.summary().ors());
        Map<String, String> error = ran.errors().stream().filter(e -> e.get("file").equals("ors-series"))
                .findFirst().orElseThrow();
        assertEquals("k-0923", error.get("id"));
        assertEquals("intake_total", error.get("column"));
        assertFalse(ran.summary().allPaired());
    }

    @Test
    void anIdentityNumberInTheSeriesRefusesTheRun() throws IOException {
        Path bad = Files.writeString(dir.resolve("pin.csv"), Files.readString(series()).replace("k-0923",
                SyntheticIdentityNumbers.tenDigits("121212", "121")));
        Outcome.Refused<CompareSummary> refused = compare(bad).refused();
        assertEquals(Optional.of("ors-series"), refused.file());
        assertEquals(RefusalKind.PERSONAL_IDENTITY_NUMBER, refused.reason().kind());
    }

    @Test
    void theCohortReportsEachRatersOrsTotalOnItsOwnToTheTenth() throws IOException {
        compare(series());
        Outcome<CohortSummary> outcome = CohortCsv.builtIn().read(List.of(dir.resolve("pairs.csv")),
                new Grouping(List.of()), 1, ProgressListener.NONE);
        List<CohortReport> reports = outcome.summary().orElseThrow().reports();
        assertEquals(List.of("sdq/parent", "ors-srs/self", "ors-srs/parent"), reports.stream()
                .map(r -> r.instrument() + "/" + r.informant()).toList());
        ScaleFigures self = reports.get(1).groups().get(0).scales().get(0);
        assertEquals("ors_self_total", self.scale());
        assertEquals(2, self.n(), "k-0305 has no totals");
        assertEquals((18.3 + 20.4) / 2, self.t1().orElseThrow().mean(), 1e-12);
        assertEquals((28.1 + 21.3) / 2, self.t2().orElseThrow().mean(), 1e-12);
        assertEquals(50.0, self.improvedPercent().orElseThrow(), 1e-12);
        // both below their cut-offs (28, 32) at intake; k-01 reached 28.1, k-0923 did not reach 32
        assertEquals(50.0, self.leftAtypicalPercent().orElseThrow(), 1e-12);
    }
}
