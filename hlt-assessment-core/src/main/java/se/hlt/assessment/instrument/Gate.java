package se.hlt.assessment.instrument;

import java.util.List;
import java.util.Objects;

/**
 * The screening question in front of an impact supplement: when it is answered with one of {@code forcesZeroWhen}
 * (the SDQ's "no difficulties") the impact score is 0 whatever the follow-on answers, even if they are missing.
 *
 * @param question the gate question's name, e.g. {@code ebddiff}
 * @param forcesZeroWhen the codes that force the score to 0
 */
public record Gate(String question, List<Integer> forcesZeroWhen) {

    /** Checks the question and copies the codes. */
    public Gate {
        Objects.requireNonNull(question, "question");
        forcesZeroWhen = List.copyOf(forcesZeroWhen);
    }
}
