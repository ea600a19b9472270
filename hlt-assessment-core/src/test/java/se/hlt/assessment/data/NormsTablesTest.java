package se.hlt.assessment.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import se.hlt.assessment.instrument.InstrumentDefinition;
import se.hlt.assessment.norms.BandRange;
import se.hlt.assessment.norms.NormTable;
import se.hlt.assessment.norms.NormsCatalog;
import se.hlt.assessment.scoring.FormContext;
import se.hlt.assessment.scoring.FormResult;
import se.hlt.assessment.scoring.PreparedInstrument;
import se.hlt.assessment.scoring.Score;
import se.hlt.assessment.scoring.Scorer;

/**
 * The band tables: each says where it comes from and how sure we are of it, each puts every possible value of every
 * score it lists in exactly one band, and a table with overlapping bands is refused.
 */
class NormsTablesTest {

    private final Scorer scorer = Scorer.builtIn();

    @TestFactory
    Stream<DynamicTest> everyTableCitesItsSourceWithAConfidenceTag() {
        return NormsCatalog.builtIn().all().stream().map(table -> DynamicTest.dynamicTest(table.id(), () -> {
            assertTrue(table.source().citation().strip().length() >= 10, "citation");
            assertTrue(table.source().confidence() != null, "confidence");
            // the tag must be written in the file, not filled in by a default
            JsonNode raw = SourceTree.json(SourceTree.normsDir().resolve("sdq/" + table.id() + ".json"));
            assertTrue(raw.path("source").path("confidence").isTextual(), "confidence tag in the file");
        }));
    }

    @TestFactory
    Stream<DynamicTest> everyBandTablePutsEachPossibleScoreInExactlyOneBand() {
        return NormsCatalog.builtIn().all().stream()
                .filter(table -> table.bands().isPresent())
                .map(table -> DynamicTest.dynamicTest(table.id(), () -> assertCoversEveryValue(table)));
    }

    private void assertCoversEveryValue(NormTable table) {
        List<InstrumentDefinition> versions = scorer.instruments().all().stream()
                .filter(d -> table.appliesTo(d.family(), d.version(), d.informant()))
                .toList();
        assertFalse(versions.isEmpty(), table.id() + " applies to no built-in version");
        for (InstrumentDefinition version : versions) {
            Map<String, Integer> maxima = scoreMaxima(version);
            table.bands().orElseThrow().scores().forEach((score, ranges) -> {
                String where = table.id() + " on " + version.id() + ", " + score;
                assertTrue(maxima.containsKey(score), where + ": the version has no such score");
                assertEquals(List.of(), coverageFaults(ranges, maxima.get(score)), where);
            });
        }
    }

    /** Each value 0..max that falls in no band or in two, and each band reaching outside 0..max. */
    static List<String> coverageFaults(List<BandRange> ranges, int max) {
        List<String> faults = new ArrayList<>();
        for (int value = 0; value <= max; value++) {
            final int v = value;
            List<String> bands = ranges.stream().filter(r -> r.contains(v)).map(BandRange::band).toList();
            if (bands.size() != 1) {
                faults.add(value + " is in " + (bands.isEmpty() ? "no band" : "bands " + bands));
            }
        }
        for (BandRange r : ranges) {
            if (r.min() < 0 || r.max() > max) {
                faults.add(r.band() + " " + r.min() + "-" + r.max() + " reaches outside 0-" + max);
            }
        }
        return faults;
    }

    /** The highest value of each score of a version, as the engine reports it. */
    private Map<String, Integer> scoreMaxima(InstrumentDefinition version) {
        PreparedInstrument prepared = scorer.prepared(version.id()).orElseThrow();
        int[] unanswered = new int[prepared.questionNames().size()];
        Arrays.fill(unanswered, PreparedInstrument.MISSING);
        FormResult empty = prepared.score(unanswered, FormContext.none());
        Map<String, Integer> maxima = new LinkedHashMap<>();
        for (Score s : empty.scores()) {
            maxima.put(s.name(), s.max());
        }
        return maxima;
    }

    @Test
    void theCoverageCheckFindsAGapAnOverlapAndABandBeyondTheMaximum() {
        List<BandRange> faulty = List.of(new BandRange("normal", 0, 3), new BandRange("borderline", 3, 3),
                new BandRange("abnormal", 5, 12));
        assertEquals(List.of("3 is in bands [normal, borderline]", "4 is in no band",
                "abnormal 5-12 reaches outside 0-10"), coverageFaults(faulty, 10));
    }

    @Test
    void aTableWithOverlappingBandsIsRefused() {
        ObjectNode table = (ObjectNode) SourceTree.json(
                SourceTree.normsDir().resolve("sdq/sdqinfo-parent-4-17-band3.json"));
        assertTrue(NormsCatalog.read(table.toString(), "good.json").isOk(), "the unbroken copy loads");

        // borderline emotion 3-4 overlaps normal 0-3
        ((ObjectNode) table.get("bands").get("scores").get("emotion").get(1)).put("min", 3);
        Checked<NormTable> checked = NormsCatalog.read(table.toString(), "overlap.json");
        assertFalse(checked.isOk(), "overlapping bands were loaded");
        assertTrue(checked.problems().stream().anyMatch(p -> p.startsWith("overlap.json: ")
                        && p.contains("bands.scores.emotion[1]") && p.contains("overlaps")),
                checked.problems()::toString);
    }

    @Test
    void aTableWithAGapBetweenBandsIsRefused() {
        ObjectNode table = (ObjectNode) SourceTree.json(
                SourceTree.normsDir().resolve("sdq/sdqinfo-parent-4-17-band3.json"));
        // abnormal emotion from 6 instead of 5 leaves 5 in no band
        ((ObjectNode) table.get("bands").get("scores").get("emotion").get(2)).put("min", 6);
        Checked<NormTable> checked = NormsCatalog.read(table.toString(), "gap.json");
        assertFalse(checked.isOk(), "a table with a gap was loaded");
        assertTrue(checked.problems().contains("gap.json: bands.scores.emotion: no band for 5"),
                checked.problems()::toString);
    }
}
