package se.hlt.assessment.scoring;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * A question reported as answered but not scored (chronicity, burden, the follow-up questions, the
 * difficulties question).
 *
 * @param question the question's short name, e.g. {@code fureduc}
 * @param code the answer as coded, or empty when unanswered
 * @param option the answer's option key, e.g. {@code a_bit_better}, or empty when unanswered
 */
@JsonInclude(JsonInclude.Include.NON_ABSENT)
public record ReportedAnswer(String question, OptionalInt code, Optional<String> option) {

    /** Checks the question and normalises absent optionals. */
    public ReportedAnswer {
        Objects.requireNonNull(question, "question");
        code = code == null ? OptionalInt.empty() : code;
        option = option == null ? Optional.empty() : option;
    }
}
