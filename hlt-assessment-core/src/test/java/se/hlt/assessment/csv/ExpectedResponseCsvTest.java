package se.hlt.assessment.csv;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import se.hlt.assessment.series.Expectation;
import se.hlt.assessment.series.ExpectedResponse;
import se.hlt.assessment.series.ExpectedRow;

class ExpectedResponseCsvTest {

    @Test
    void readsATableWithDecimalCommasOrPoints() {
        ExpectedResponse commas = ExpectedResponseCsv.read("\uFEFFintake_from;intake_to;session;expected;lower\n"
                + "15,0;19,9;2;20,5;18,0\n", "t.csv").orElseThrow();
        ExpectedResponse points = ExpectedResponseCsv.read("session,lower,expected,intake_to,intake_from\n"
                + "2,18.0,20.5,19.9,15.0\n", "t.csv").orElseThrow();
        assertEquals(commas, points);
        assertEquals(List.of(new ExpectedRow(new BigDecimal("15.0"), new BigDecimal("19.9"), 2,
                new BigDecimal("20.5"), new BigDecimal("18.0"))), commas.rows());
        assertEquals(Optional.of(new Expectation(new BigDecimal("20.5"), new BigDecimal("18.0"), false)),
                commas.expectation(new BigDecimal("17.2"), 2, new BigDecimal("17.9")));
        assertEquals(Optional.empty(), commas.expectation(new BigDecimal("20.0"), 2, new BigDecimal("17.9")));
    }

    @Test
    void namesTheRowAndColumnOfEveryProblem() {
        var table = ExpectedResponseCsv.read("intake_from,intake_to,session,expected,lower\n"
                + "15,19.9,two,20.5,18\n20,24.9,2,20.5,22\n", "t.csv");
        assertFalse(table.isOk());
        assertEquals(List.of("t.csv, row 2, session: \"two\" is not a session number",
                "t.csv, row 3: lower 22.0 is above expected 20.5"), table.problems());
    }

    @Test
    void refusesOverlappingRowsAndAMissingColumn() {
        var overlapping = ExpectedResponseCsv.read("intake_from,intake_to,session,expected,lower\n"
                + "15,19.9,2,20.5,18\n19,24.9,2,24,22\n", "t.csv");
        assertTrue(overlapping.problems().get(0).contains("both apply at session 2"), overlapping.problems().toString());
        assertEquals(List.of("t.csv: the header has no column lower"),
                ExpectedResponseCsv.read("intake_from,intake_to,session,expected\n", "t.csv").problems());
    }
}
