package se.hlt.assessment.csv;

import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * A field written many times (a band name, a score, a status), or a run of fields that always go together, quoted
 * once here where needed and kept as UTF-8, so that writing it is one array copy. Only the tool's own texts are
 * prepared: text from the input goes through {@link CsvLineWriter#text}, which guards against spreadsheet formulas.
 */
final class Prepared {

    private final byte[] bytes;

    private Prepared(byte[] bytes) {
        this.bytes = bytes;
    }

    /** {@code fields} as one block, each quoted if it needs it and separated by {@code delimiter}. */
    static Prepared of(List<String> fields, char delimiter) {
        StringBuilder block = new StringBuilder();
        for (int i = 0; i < fields.size(); i++) {
            if (i > 0) {
                block.append(delimiter);
            }
            block.append(asField(fields.get(i), delimiter));
        }
        return new Prepared(block.toString().getBytes(StandardCharsets.UTF_8));
    }

    /** {@code text} as it is written as a field: quoted, with its quotes doubled, if it needs it. */
    private static String asField(String text, char delimiter) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == delimiter || c == '"' || c == '\n' || c == '\r') {
                return '"' + text.replace("\"", "\"\"") + '"';
            }
        }
        return text;
    }

    /** The field's bytes; not to be changed. */
    byte[] bytes() {
        return bytes;
    }
}
