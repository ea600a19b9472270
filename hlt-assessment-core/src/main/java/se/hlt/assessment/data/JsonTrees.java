package se.hlt.assessment.data;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.MissingNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;

/**
 * JSON text to a tree, as the configured {@code ObjectReader} of {@link DataFiles} reads it (decimals exactly, a key
 * given twice refused, nothing after the first value), from Jackson's streaming parser alone. Making an
 * {@code ObjectMapper} costs a command's start-up a tenth of {@code hlt score} (its date formats and their locale
 * data), and a form is read before anything else needs one. {@code JsonTreesProperties} holds every tree, and every
 * refusal, to what that reader gives.
 */
final class JsonTrees {

    /** The parser's limits ({@code StreamReadConstraints}) are the same defaults the mapper's factory has. */
    private static final JsonFactory FACTORY = JsonFactory.builder()
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .build();
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    /** The message of a number that cannot be read as a decimal, for {@link DataFiles} to say so. */
    static final String NUMBER_OUT_OF_RANGE = "Number out of range";

    private JsonTrees() {
    }

    /**
     * The tree of {@code json}: a missing node for empty text.
     *
     * @throws IOException where the reader would refuse it, with the same message and location
     */
    static JsonNode read(String json) throws IOException {
        try (JsonParser parser = FACTORY.createParser(json)) {
            JsonToken first = parser.nextToken();
            if (first == null) {
                return MissingNode.getInstance();
            }
            JsonNode root = value(parser, first);
            JsonToken after = parser.nextToken();
            if (after != null) {
                throw new JsonParseException(parser, "Trailing token (of type " + after + ") found after value",
                        parser.currentTokenLocation());
            }
            return root;
        }
    }

    private static JsonNode value(JsonParser parser, JsonToken token) throws IOException {
        switch (token) {
            case START_OBJECT:
                ObjectNode object = NODES.objectNode();
                for (JsonToken t = parser.nextToken(); t == JsonToken.FIELD_NAME; t = parser.nextToken()) {
                    String name = parser.currentName();
                    object.set(name, value(parser, parser.nextToken()));
                }
                return object;
            case START_ARRAY:
                ArrayNode array = NODES.arrayNode();
                for (JsonToken t = parser.nextToken(); t != JsonToken.END_ARRAY; t = parser.nextToken()) {
                    array.add(value(parser, t));
                }
                return array;
            case VALUE_STRING:
                return NODES.textNode(parser.getText());
            case VALUE_NUMBER_INT:
                return switch (parser.getNumberType()) {
                    case INT -> NODES.numberNode(parser.getIntValue());
                    case LONG -> NODES.numberNode(parser.getLongValue());
                    default -> NODES.numberNode(parser.getBigIntegerValue());
                };
            case VALUE_NUMBER_FLOAT:
                // as the mapper's tree reader: the exact value, without trailing zeros (6.50 is 6.5, 0.0 is 0)
                return NODES.numberNode(decimal(parser).stripTrailingZeros());
            case VALUE_TRUE:
                return NODES.booleanNode(true);
            case VALUE_FALSE:
                return NODES.booleanNode(false);
            case VALUE_NULL:
                return NODES.nullNode();
            default:
                throw new JsonParseException(parser, "Unexpected token " + token, parser.currentTokenLocation());
        }
    }

    /**
     * The decimal; refused when it has no {@code BigDecimal}: a number whose exponent does not fit an int. The mapper
     * threw a {@code NumberFormatException} there, which no caller expected.
     */
    private static java.math.BigDecimal decimal(JsonParser parser) throws IOException {
        try {
            return parser.getDecimalValue();
        } catch (NumberFormatException e) {
            throw new JsonParseException(parser, NUMBER_OUT_OF_RANGE, parser.currentTokenLocation());
        }
    }
}
