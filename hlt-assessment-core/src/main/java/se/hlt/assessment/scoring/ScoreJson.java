package se.hlt.assessment.scoring;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.OptionalInt;
import java.util.TreeMap;

/**
 * A {@link Score} in JSON, with {@code value} and {@code max} as numbers with their decimals: an ORS total is
 * written {@code 18.3}, never {@code 183} or {@code 18.299999}. A whole-number score (every SDQ score) is written
 * exactly as before decimals existed: {@code "value": 12}, and no {@code decimals} field.
 *
 * <p>Why a serializer of its own: Jackson binds a record's JSON names to its components, and here the JSON number
 * is not the component ({@code value} holds tenths) but a view of it.
 */
final class ScoreJson {

    private ScoreJson() {
    }

    /** Writes a score: name, kind, value (absent when missing), answered, outOf, prorated, max, decimals, bands. */
    static final class Writer extends StdSerializer<Score> {
        private static final long serialVersionUID = 1L;

        Writer() {
            super(Score.class);
        }

        @Override
        public void serialize(Score s, JsonGenerator g, SerializerProvider provider) throws IOException {
            g.writeStartObject();
            g.writeStringField("name", s.name());
            g.writeStringField("kind", s.kind().code());
            if (s.value().isPresent()) {
                g.writeFieldName("value");
                number(g, s.value().getAsInt(), s.decimals());
            }
            g.writeNumberField("answered", s.answered());
            g.writeNumberField("outOf", s.outOf());
            g.writeBooleanField("prorated", s.prorated());
            g.writeFieldName("max");
            number(g, s.max(), s.decimals());
            if (s.decimals() != 0) {
                g.writeNumberField("decimals", s.decimals());
            }
            g.writeObjectFieldStart("bands");
            for (Map.Entry<String, String> band : new TreeMap<>(s.bands()).entrySet()) {
                g.writeStringField(band.getKey(), band.getValue());
            }
            g.writeEndObject();
            g.writeEndObject();
        }

        private static void number(JsonGenerator g, int units, int decimals) throws IOException {
            if (decimals == 0) {
                g.writeNumber(units);
            } else {
                g.writeNumber(BigDecimal.valueOf(units, decimals));
            }
        }
    }

    /** Reads a score as {@link Writer} writes it. */
    static final class Reader extends StdDeserializer<Score> {
        private static final long serialVersionUID = 1L;

        Reader() {
            super(Score.class);
        }

        @Override
        public Score deserialize(JsonParser p, DeserializationContext context) throws IOException {
            JsonNode node = p.readValueAsTree();
            int decimals = node.path("decimals").asInt(0);
            JsonNode value = node.get("value");
            Map<String, String> bands = new LinkedHashMap<>();
            node.path("bands").fields().forEachRemaining(e -> bands.put(e.getKey(), e.getValue().asText()));
            try {
                return new Score(node.path("name").asText(), ScoreKind.parse(node.path("kind").asText()),
                        value == null || value.isNull() ? OptionalInt.empty()
                                : OptionalInt.of(units(value, decimals)),
                        node.path("answered").asInt(), node.path("outOf").asInt(),
                        node.path("prorated").asBoolean(), units(node.path("max"), decimals), bands, decimals);
            } catch (IllegalArgumentException | ArithmeticException e) {
                return context.reportInputMismatch(Score.class, "not a score: %s", e.getMessage());
            }
        }

        private static int units(JsonNode number, int decimals) {
            return number.decimalValue().movePointRight(decimals).intValueExact();
        }
    }
}
