package se.hlt.assessment.csv;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import se.hlt.assessment.instrument.Informant;
import se.hlt.assessment.instrument.InstrumentCatalog;

/** The pairs file's column names are written and read back by one definition ({@link ScoreColumn}). */
class PairsFileColumnsTest {

    @Test
    void everyScoreColumnWrittenIsFoundAgainByItsBaselineColumn() {
        for (boolean rci : new boolean[] {true, false}) {
            for (boolean bands : new boolean[] {true, false}) {
                List<String> header = new ArrayList<>(List.of("id", "date_t1", "date_t2", "status_t1", "status_t2"));
                ScoreColumn.sdq(rci, bands).forEach(c -> header.add(c.of("pemotion", "band3")));
                List<String> scores = header.stream().map(h -> ScoreColumn.scoreOfBaseline(h, header))
                        .flatMap(Optional::stream).toList();
                assertEquals(List.of("pemotion"), scores, header.toString());
            }
        }
    }

    @Test
    void sdqColumnsAreInTheDocumentedOrder() {
        assertEquals(List.of("pemotion_t1", "pemotion_t2", "pemotion_change", "pemotion_rci", "pemotion_status",
                "pemotion_band3_t1", "pemotion_band3_t2", "pemotion_clinsig"),
                ScoreColumn.sdq(true, true).stream().map(c -> c.of("pemotion", "band3")).toList());
        assertEquals(List.of("ors_self_total_t1", "ors_self_total_t2", "ors_self_total_change",
                "ors_self_total_status", "ors_self_total_clinsig", "ors_self_total_cutoff"),
                ScoreColumn.ORS.stream().map(c -> c.of(PairColumns.orsTotal("self"), "")).toList());
    }

    @Test
    void anOrsTotalNamesItsRaterBack() {
        for (Informant rater : Informant.values()) {
            assertEquals(Optional.of(rater.code()), PairColumns.raterOfOrsTotal(PairColumns.orsTotal(rater.code())));
        }
        assertEquals(Optional.empty(), PairColumns.raterOfOrsTotal("ors__total"));
        assertEquals(Optional.empty(), PairColumns.raterOfOrsTotal("pemotion"));
    }

    @Test
    void theOrsFamilyComesFromTheDefinitions() {
        assertEquals("ors-srs", PairColumns.orsFamily(InstrumentCatalog.builtIn()));
    }
}
