package se.hlt.assessment.data;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectReader;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

/**
 * {@link DataFiles#readTree} reads with Jackson's streaming parser alone ({@link JsonTrees}); it must give what the
 * configured {@code ObjectReader} it replaced gave: the same tree, node for node (an int as an int, a decimal with
 * its scale), and the same refusal for text it will not read.
 */
class JsonTreesProperties {

    /** The reader {@code readTree} used before: the data mapper, decimals exactly. */
    private static final ObjectReader EXACT = DataFiles.mapper().reader()
            .with(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);

    private static Checked<JsonNode> before(String json) {
        try {
            return Checked.ok(EXACT.readTree(json));
        } catch (StreamConstraintsException e) {
            return Checked.failed(List.of("larger than the reader allows: " + DataFiles.plain(e.getOriginalMessage())));
        } catch (JsonProcessingException e) {
            return Checked.failed(List.of(DataFiles.problem(e)));
        } catch (NumberFormatException e) {
            // the mapper let this escape (a number with an exponent beyond an int); readTree refuses it, and where
            return Checked.failed(List.of("a number too large to read"));
        }
    }

    @Property(tries = 2000)
    void aTreeOrARefusalAsTheObjectReaderGives(@ForAll("texts") String text) {
        Checked<JsonNode> expected = before(text);
        Checked<JsonNode> actual = DataFiles.readTree(text);
        assertEquals(expected.problems(), actual.problems().stream()
                .map(p -> p.startsWith("a number too large to read") ? "a number too large to read" : p).toList(), text);
        if (expected.isOk()) {
            assertEquals(shape(expected.orElseThrow()), shape(actual.orElseThrow()), text);
        }
    }

    @Test
    void aNumberWithAnExponentBeyondAnIntIsRefusedWithWhereNotThrown() {
        assertEquals(List.of("a number too large to read at line 1, column 7"),
                DataFiles.readTree("{\"a\": 9e223372036854775808}").problems());
    }

    @Test
    void theEdgesOfNumbersAndNesting() {
        List<String> texts = List.of("", "  ", "null", "5", "-0", "-0.0", "0.00", "6.50", "1e3", "1E+2", "1.0e-3",
                "2147483648", "-2147483649", "9223372036854775808", "123456789012345678901234567890.10",
                "[1.10, 2, {\"a\": 0.0}]", "{\"a\": 1, \"a\": 2}", "{} {}", "[] x", "{\"a\":", "\"\\u00e4\"",
                "[".repeat(1001) + "]".repeat(1001), "[".repeat(999) + "]".repeat(999), "{\"a\": NaN}", "01",
                "{\"a\": 1,}", "[1,]", "\"" + "x".repeat(30_000) + "\"");
        int refused = 0;
        for (String text : texts) {
            Checked<JsonNode> expected = before(text);
            Checked<JsonNode> actual = DataFiles.readTree(text);
            assertEquals(expected.problems(), actual.problems(), text);
            if (expected.isOk()) {
                assertEquals(shape(expected.orElseThrow()), shape(actual.orElseThrow()), text);
            } else {
                refused++;
            }
        }
        assertEquals(9, refused, "texts refused: the list must hold both kinds");
    }

    /** Every node with its class and text, so that 6.5 and 6.50, or an int and a long, differ. */
    private static String shape(JsonNode node) {
        StringBuilder s = new StringBuilder(node.getClass().getSimpleName()).append('(');
        if (node.isObject()) {
            for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> e = it.next();
                s.append(e.getKey()).append('=').append(shape(e.getValue())).append(',');
            }
        } else if (node.isArray()) {
            node.forEach(n -> s.append(shape(n)).append(','));
        } else if (node.isBigDecimal()) {
            s.append(node.decimalValue().toString()).append(" scale ").append(node.decimalValue().scale());
        } else {
            s.append(node.asText());
        }
        return s.append(')').toString();
    }

    @Provide
    Arbitrary<String> texts() {
        Arbitrary<String> valid = json(3);
        return Arbitraries.oneOf(valid, broken(valid), valid.map(t -> " \n" + t + " \t"),
                Combinators.combine(valid, valid).as((a, b) -> a + " " + b));
    }

    /** Valid text cut, or with a character put in or two values run together. */
    private static Arbitrary<String> broken(Arbitrary<String> valid) {
        return Combinators.combine(valid, Arbitraries.integers().between(0, 1000),
                Arbitraries.of("{", "}", "[", "]", ",", ":", "\"", "x", "1", "-", ".", "e", " ", "\\"))
                .as((text, at, c) -> {
                    int i = at % (text.length() + 1);
                    return at % 2 == 0 ? text.substring(0, i) : text.substring(0, i) + c + text.substring(i);
                });
    }

    private static Arbitrary<String> json(int depth) {
        Arbitrary<String> scalar = Arbitraries.oneOf(
                Arbitraries.of("true", "false", "null", "0", "-0", "0.0", "-0.0", "6.50", "1e3", "1E-2", "2147483648",
                        "9223372036854775808", "-12", "3.14159265358979323846264338327950288"),
                Arbitraries.integers().map(String::valueOf),
                Arbitraries.longs().map(String::valueOf),
                Arbitraries.doubles().map(String::valueOf),
                Arbitraries.bigDecimals().ofScale(3).map(d -> d.toPlainString()),
                Arbitraries.strings().ofMaxLength(8).map(JsonTreesProperties::quoted));
        if (depth == 0) {
            return scalar;
        }
        Arbitrary<String> inner = json(depth - 1);
        Arbitrary<String> array = inner.list().ofMaxSize(4).map(items -> "[" + String.join(", ", items) + "]");
        Arbitrary<String> object = Combinators.combine(Arbitraries.of("a", "b", "c", "consid", "\u00e4").list()
                        .ofMaxSize(4), inner.list().ofSize(4))
                .as((keys, values) -> {
                    List<String> fields = new ArrayList<>();
                    for (int i = 0; i < keys.size(); i++) {
                        fields.add(quoted(keys.get(i)) + ": " + values.get(i));
                    }
                    return "{" + String.join(", ", fields) + "}";
                });
        return Arbitraries.oneOf(scalar, array, object);
    }

    private static String quoted(String text) {
        StringBuilder s = new StringBuilder("\"");
        for (char c : text.toCharArray()) {
            if (c == '"' || c == '\\') {
                s.append('\\').append(c);
            } else if (c < 0x20) {
                s.append(String.format("\\u%04x", (int) c));
            } else {
                s.append(c);
            }
        }
        return s.append('"').toString();
    }
}
