package se.hlt.assessment.scoring;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.PropertyDefaults;
import net.jqwik.api.Provide;
import se.hlt.assessment.instrument.InstrumentCatalog;
import se.hlt.assessment.json.FormJson;
import se.hlt.assessment.json.ResultJson;

/**
 * For any four marks, written as people write them, the total is their exact sum in tenths: computed here with
 * BigDecimal from the text, never from the engine's integers, and compared with what the API and JSON give.
 */
@PropertyDefaults(tries = 1000)
class OrsTotalProperties {

    private static final List<String> ORS = List.of("individually", "interpersonally", "socially", "overall");
    private static final List<String> SRS = List.of("relationship", "goals", "approach", "overall");

    private final Scorer scorer = Scorer.builtIn();

    @Provide
    Arbitrary<String> mark() {
        // 0.0 to 10.0 in tenths, written with or without the decimal and with a trailing zero now and then
        return Arbitraries.integers().between(0, 100).flatMap(tenths -> Arbitraries.of(
                BigDecimal.valueOf(tenths, 1).toPlainString(),
                BigDecimal.valueOf(tenths, 1).stripTrailingZeros().toPlainString(),
                BigDecimal.valueOf(tenths * 10L, 2).toPlainString()));
    }

    @Provide
    Arbitrary<String> instrument() {
        return Arbitraries.of("ors", "srs", "cors", "csrs");
    }

    @Property
    void theTotalIsTheExactSumOfTheFourMarks(@ForAll("instrument") String instrument, @ForAll("mark") String a,
                                             @ForAll("mark") String b, @ForAll("mark") String c,
                                             @ForAll("mark") String d) {
        List<String> scales = instrument.endsWith("srs") ? SRS : ORS;
        List<String> marks = List.of(a, b, c, d);
        StringBuilder json = new StringBuilder("{\"instrument\": \"" + instrument + "\", \"answers\": {");
        BigDecimal expected = BigDecimal.ZERO;
        for (int i = 0; i < 4; i++) {
            json.append(i == 0 ? "" : ", ").append('"').append(scales.get(i)).append("\": ").append(marks.get(i));
            expected = expected.add(new BigDecimal(marks.get(i)));
        }
        json.append("}}");
        FormResult result = scorer.score(FormJson.read(json.toString(), InstrumentCatalog.builtIn()).orElseThrow());

        assertEquals(Status.COMPLETE, result.status());
        BigDecimal total = result.decimal("total").orElseThrow();
        assertEquals(0, expected.compareTo(total), expected + " != " + total);
        assertEquals(1, total.scale(), "a total has exactly one decimal: " + total);
        assertEquals(expected.movePointRight(1).intValueExact(), result.value("total").orElseThrow());
        // and JSON prints it as the decimal it is, e.g. 18.3, never 18.299999
        String printed = ResultJson.write(result);
        String expectedText = "\"value\" : " + expected.setScale(1).toPlainString() + ",";
        assertEquals(true, printed.contains(expectedText), expectedText + " in " + printed);
    }
}
