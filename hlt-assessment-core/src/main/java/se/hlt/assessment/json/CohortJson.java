package se.hlt.assessment.json;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jdk8.Jdk8Module;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import se.hlt.assessment.cohort.CohortReport;
import se.hlt.assessment.data.Checked;
import se.hlt.assessment.data.DataFiles;
import se.hlt.assessment.scoring.Texts;

/**
 * Writes cohort reports as JSON: the reports, one per instrument and informant (grouping, minimum, scores, every
 * group with its status and, when shown, its figures; a hidden group has its values and status only), and what
 * the reading did; and reads the reports back ({@link #read(String, Locale)}), for {@code hlt report --cohort}.
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

    /**
     * The reports of a document that {@link #write} wrote ({@code hlt cohort --json}), or what is wrong with it in
     * {@code locale}, each problem named by its place in the document ({@code reports[0].groups[3].pairs}), never
     * by a value. The reports are checked as when they were made: a hidden group that carries a figure is refused,
     * so a suppressed cell cannot come back through an edited file; so is anything that looks like a personal
     * identity number.
     */
    public static Checked<List<CohortReport>> read(String json, Locale locale) {
        Checked<JsonNode> root = DataFiles.readTree(json, JsonObjects.words(locale));
        if (!root.isOk()) {
            return Checked.failed(root.problems());
        }
        JsonNode reports = root.orElseThrow().path("reports");
        if (!reports.isArray()) {
            return Checked.failed(List.of(Texts.format("cohort_file.json.no_reports", locale)));
        }
        Optional<PersonalNumberPlaces.Place> personal = PersonalNumberPlaces.first(reports, "reports");
        if (personal.isPresent()) { // never read into a report that would print it
            return Checked.failed(List.of(Texts.format("cohort_file.json.personal", locale, personal.get().path())));
        }
        List<String> problems = new ArrayList<>();
        List<CohortReport> read = new ArrayList<>();
        for (int i = 0; i < reports.size(); i++) {
            try {
                read.add(MAPPER.treeToValue(reports.get(i), CohortReport.class));
            } catch (JsonProcessingException | IllegalArgumentException e) {
                problems.add(CohortJsonProblems.of(e, "reports[" + i + "]", reports.get(i), locale));
            }
        }
        return problems.isEmpty() ? Checked.ok(List.copyOf(read)) : Checked.failed(problems);
    }
}
