package se.hlt.assessment.io;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jdk8.Jdk8Module;
import java.util.List;
import se.hlt.assessment.cohort.CohortReport;

/**
 * Writes cohort reports as JSON: the reports, one per instrument and informant (grouping, minimum, scores, every
 * group with its status and, when shown, its figures; a hidden group has its values and status only), and what
 * the reading did.
 */
public final class CohortJson {

    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .addModule(new Jdk8Module())
            // what serializationInclusion(NON_ABSENT) sets, without the deprecated method
            .defaultPropertyInclusion(JsonInclude.Value.construct(JsonInclude.Include.NON_ABSENT,
                    JsonInclude.Include.USE_DEFAULTS))
            .enable(SerializationFeature.INDENT_OUTPUT)
            .build();

    private CohortJson() {
    }

    /** The document written. */
    private record Document(List<CohortReport> reports, CohortReading reading) {
    }

    /** {@code reports} and {@code reading} as pretty-printed JSON. */
    public static String write(List<CohortReport> reports, CohortReading reading) {
        try {
            return MAPPER.writeValueAsString(new Document(reports, reading));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a cohort report could not be written as JSON", e);
        }
    }
}
