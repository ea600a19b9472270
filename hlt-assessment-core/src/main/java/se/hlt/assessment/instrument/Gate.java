package se.hlt.assessment.instrument;

import java.util.List;
import java.util.Objects;

/**
 * The screening question in front of an impact supplement: when it is answered with one of {@code forcesZeroWhen}
 * (the SDQ's "no difficulties") the impact score is 0 whatever the follow-on answers, even if they are missing.
 *
 * @param question the gate question's name, e.g. {@code ebddiff}
 * @param forcesZeroWhen the codes that force the score to 0
 * @param followOn the questions the paper form asks only when the gate is not answered with one of those codes
 *     (the SDQ's "if you have answered yes" block: {@code chronic}, the impact items, {@code burden}), in form
 *     order. Scoring never reads it; form entry uses it to skip what the respondent was told to skip. The SDQ
 *     follow-up questions {@code fureduc} and {@code fuhelp} are not in it: they ask about change since the
 *     service began, which matters whether or not difficulties remain.
 */
public record Gate(String question, List<Integer> forcesZeroWhen, List<String> followOn) {

    /** Checks the question and copies the codes and questions. */
    public Gate {
        Objects.requireNonNull(question, "question");
        forcesZeroWhen = List.copyOf(forcesZeroWhen);
        followOn = followOn == null ? List.of() : List.copyOf(followOn);
    }

    /** A gate whose follow-on questions are not listed. */
    public Gate(String question, List<Integer> forcesZeroWhen) {
        this(question, forcesZeroWhen, List.of());
    }

    /** Whether an answer {@code code} to the gate question means the follow-on questions are skipped. */
    public boolean skipsFollowOn(int code) {
        return forcesZeroWhen.contains(code);
    }
}
