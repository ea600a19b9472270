package se.hlt.assessment.cli.enter;

import java.util.Arrays;
import java.util.List;
import java.util.function.Function;
import se.hlt.assessment.cli.Messages;
import se.hlt.assessment.instrument.Informant;

/**
 * The other words people type for an informant ({@code informant.parent.also} in the bundles: "förälder" where
 * the form says "vårdnadshavare", "guardian" where it says "parent"), so that a choice takes them too.
 */
final class InformantWords {

    private InformantWords() {
    }

    static Function<Informant, List<String>> of(Messages m) {
        return i -> Arrays.stream(m.getOrElse("informant." + i.code() + ".also", "").split(","))
                .filter(w -> !w.isBlank()).toList();
    }
}
