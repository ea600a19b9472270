package se.hlt.assessment.scoring;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import java.io.IOException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;

/**
 * A form's date in JSON, as {@code yyyy-MM-dd}.
 *
 * <p>Why a serializer of its own: Jackson writes {@link LocalDate} only with its java.time module, which is not a
 * dependency of the library (a case system embedding it brings its own Jackson); the one date the records carry
 * does not justify one.
 */
final class FormDateJson {

    private FormDateJson() {
    }

    /** Writes a date as {@code 2025-03-14}. */
    static final class Writer extends StdSerializer<LocalDate> {
        private static final long serialVersionUID = 1L;

        Writer() {
            super(LocalDate.class);
        }

        @Override
        public void serialize(LocalDate date, JsonGenerator g, SerializerProvider provider) throws IOException {
            g.writeString(date.toString());
        }
    }

    /** Reads a date written {@code 2025-03-14}; anything else is an error of the text read. */
    static final class Reader extends StdDeserializer<LocalDate> {
        private static final long serialVersionUID = 1L;

        Reader() {
            super(LocalDate.class);
        }

        @Override
        public LocalDate deserialize(JsonParser p, DeserializationContext context) throws IOException {
            String text = p.getValueAsString();
            try {
                return LocalDate.parse(text == null ? "" : text);
            } catch (DateTimeParseException e) {
                return (LocalDate) context.handleWeirdStringValue(LocalDate.class, text,
                        "not a date written yyyy-MM-dd");
            }
        }
    }
}
