package se.hlt.assessment.privacy;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;
import se.hlt.assessment.scoring.Form;
import se.hlt.assessment.scoring.FormContext;

/**
 * Personal identity and co-ordination numbers as people actually type them: every separator, padding, digit
 * script and position the screen must see through, and a wrong check digit where the number is written as one.
 * The library's own ids refuse every one of them and never repeat it. Numbers are synthetic (see
 * {@link SyntheticIdentityNumbers}); none is committed as a literal.
 */
class IdentityNumberShapesProperties {

    /** A synthetic number: its ten digits (check digit valid) and whether to write it with twelve. */
    record Number(String ten, String century) {
    }

    @Provide
    Arbitrary<Number> numbers() {
        Arbitrary<Integer> year = Arbitraries.integers().between(0, 99);
        Arbitrary<Integer> month = Arbitraries.integers().between(1, 12);
        Arbitrary<Integer> day = Arbitraries.integers().between(1, 31);
        Arbitrary<Boolean> coordination = Arbitraries.of(true, false);
        Arbitrary<Integer> serial = Arbitraries.integers().between(0, 999);
        Arbitrary<String> century = Arbitraries.of("", "19", "20");
        return Combinators.combine(year, month, day, coordination, serial, century).as((y, m, d, c, s, cc) ->
                new Number(SyntheticIdentityNumbers.tenDigits(String.format("%02d%02d%02d", y, m, c ? d + 60 : d),
                        String.format("%03d", s)), cc));
    }

    @Provide
    Arbitrary<String> lastFourSeparators() {
        return Arbitraries.of("-", "+", "\u2013", "\u2011", " ", "\u00A0", " - ", "\uFF0D");
    }

    @Provide
    Arbitrary<String> surroundings() {
        return Arbitraries.of("%s", " %s ", "\u00A0%s\u00A0", "pnr %s mamma", "barn: %s.", "%s.0", "(%s)",
                "\"%s\"", "tel 08-123 45, pnr %s", "%s\r\n");
    }

    private static String fullWidth(String digits) {
        StringBuilder b = new StringBuilder();
        digits.chars().forEach(c -> b.append(Character.isDigit(c) ? (char) ('\uFF10' + (c - '0')) : (char) c));
        return b.toString();
    }

    private static String date(Number n) {
        return n.century() + n.ten().substring(0, 6);
    }

    @Property(tries = 400)
    void aNumberWrittenAsOneIsFoundWhateverItsCheckDigit(@ForAll("numbers") Number n,
                                                           @ForAll("lastFourSeparators") String separator,
                                                           @ForAll("surroundings") String around,
                                                           @ForAll boolean wrongCheckDigit, @ForAll boolean wide) {
        String ten = wrongCheckDigit ? SyntheticIdentityNumbers.withWrongCheckDigit(n.ten()) : n.ten();
        String written = n.century() + ten.substring(0, 6) + separator + ten.substring(6);
        String text = String.format(around, wide ? fullWidth(written) : written);
        assertTrue(PersonalIdentityNumbers.looksLike(text), text);
    }

    @Property(tries = 400)
    void aValidNumberIsFoundTogetherOrWithItsDateSeparated(@ForAll("numbers") Number n,
                                                             @ForAll("surroundings") String around,
                                                             @ForAll boolean dated, @ForAll boolean wide) {
        String d = date(n);
        String written = !dated ? d + n.ten().substring(6)
                : d.substring(0, d.length() - 4) + "-" + d.substring(d.length() - 4, d.length() - 2) + "-"
                        + d.substring(d.length() - 2) + "-" + n.ten().substring(6);
        String text = String.format(around, wide ? fullWidth(written) : written);
        assertTrue(PersonalIdentityNumbers.looksLike(text), text);
    }

    /**
     * Every shape above, given to the library itself as a form's id or instrument, is refused naming the field, and
     * neither the text nor the number's digits appear in what the refusal says.
     */
    @Property(tries = 400)
    void theLibraryRefusesEveryShapeAsAFormIdWithoutEchoingIt(@ForAll("numbers") Number n,
                                                               @ForAll("lastFourSeparators") String separator,
                                                               @ForAll("surroundings") String around,
                                                               @ForAll boolean wrongCheckDigit, @ForAll boolean dated,
                                                               @ForAll boolean wide, @ForAll boolean asInstrument) {
        String ten = wrongCheckDigit ? SyntheticIdentityNumbers.withWrongCheckDigit(n.ten()) : n.ten();
        String d = date(n);
        String written = wrongCheckDigit || !dated ? n.century() + ten.substring(0, 6) + separator + ten.substring(6)
                : d.substring(0, d.length() - 4) + "-" + d.substring(d.length() - 4, d.length() - 2) + "-"
                        + d.substring(d.length() - 2) + "-" + ten.substring(6);
        String text = String.format(around, wide ? fullWidth(written) : written);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> {
            if (asInstrument) {
                Form.of(text, Map.of());
            } else {
                FormContext.none().withId(text);
            }
        }, "refused");
        String field = asInstrument ? "instrument" : "id";
        assertTrue(e.getMessage().startsWith(field + ": looks like a personal identity number"), e.getMessage());
        String said = e.toString();
        assertFalse(said.contains(text.strip()) || said.contains(written), "never echoed");
        assertFalse(said.replaceAll("\\D", "").contains(ten.substring(0, 6)), "not even its date");
    }

    @Property(tries = 200)
    void digitsAroundTheNumberMakeItAnotherNumber(@ForAll("numbers") Number n, @ForAll boolean before) {
        String text = before ? "7" + n.century() + n.ten() : n.century() + n.ten() + "7";
        if (n.century().isEmpty()) {
            assertFalse(PersonalIdentityNumbers.looksLike(text), text);
        }
    }

    @Test
    void aPhoneNumberWrittenAsOneIsNotANumber() {
        assertFalse(PersonalIdentityNumbers.looksLike("070-123 45 67"));
        assertFalse(PersonalIdentityNumbers.looksLike("08-123 456 78"));
        assertFalse(PersonalIdentityNumbers.looksLike("+46 70 123 45 67"));
        assertFalse(PersonalIdentityNumbers.looksLike("2025-01-01 12:30"));
    }
}
