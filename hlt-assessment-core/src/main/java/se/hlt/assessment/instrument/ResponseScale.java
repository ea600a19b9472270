package se.hlt.assessment.instrument;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import java.util.Optional;

/**
 * The set of answers a question accepts, shared by the questions that refer to it by {@link #id()}.
 *
 * @param id the name questions use to refer to this scale, e.g. {@code sdq-item}
 * @param options the options in form order, each with its code
 * @param confidence how sure we are of the coding, where it is less than the definition's source (e.g. the
 *     provisional coding of the SDQ follow-up questions)
 */
@JsonInclude(JsonInclude.Include.NON_ABSENT)
public record ResponseScale(String id, List<ResponseOption> options, Optional<Confidence> confidence) {

    /** Copies the options into an immutable list and normalises an absent confidence. */
    public ResponseScale {
        options = List.copyOf(options);
        confidence = confidence == null ? Optional.empty() : confidence;
    }

    /** The lowest code of any option. */
    public int minCode() {
        return options.stream().mapToInt(ResponseOption::code).min().orElse(0);
    }

    /** The highest code of any option. */
    public int maxCode() {
        return options.stream().mapToInt(ResponseOption::code).max().orElse(0);
    }

    /** The option recorded as {@code code}, if there is one. */
    public Optional<ResponseOption> option(int code) {
        return options.stream().filter(o -> o.code() == code).findFirst();
    }
}
