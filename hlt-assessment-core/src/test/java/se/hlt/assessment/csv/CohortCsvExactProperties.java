package se.hlt.assessment.csv;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.IntRange;

/**
 * The cohort CSV writes every figure exactly, so that a page made from it rounds each once, from the number the
 * terminal table rounds (issue 15: a mean of 13.9048, written as 13.905, was 13,91 on the page and 13,90 in the
 * table).
 */
class CohortCsvExactProperties {

    @Property
    void everyFigureReadsBackAsTheVeryNumber(@ForAll @DoubleRange(min = -1e6, max = 1e6) double value) {
        String text = CohortCsvWriter.exact(value);
        assertEquals(value, Double.parseDouble(text), 0.0, text);
        assertFalse(text.contains("E") && Math.abs(value) >= 1e-6, "no exponent for an ordinary figure: " + text);
    }

    @Property
    void aTinyPValueReadsBackToo(@ForAll @DoubleRange(min = 1, max = 10) double mantissa,
                                 @ForAll @IntRange(min = 7, max = 300) int exponent) {
        double p = mantissa * Math.pow(10, -exponent);
        assertEquals(p, Double.parseDouble(CohortCsvWriter.exact(p)), 0.0);
    }

    @Example
    void theMeanThatWasRoundedTwiceIsWrittenAsItIs() {
        assertEquals("13.9048", CohortCsvWriter.exact(13.9048));
        assertEquals("-15.8", CohortCsvWriter.exact(-15.8));
        assertEquals("100", CohortCsvWriter.exact(100.0));
        assertEquals("0", CohortCsvWriter.exact(-0.0));
    }
}
