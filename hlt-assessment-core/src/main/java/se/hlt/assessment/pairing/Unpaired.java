package se.hlt.assessment.pairing;

import java.util.Locale;
import java.util.Objects;
import se.hlt.assessment.scoring.Texts;

/**
 * A row that is not part of a pair, and why.
 *
 * @param row the row's number among the {@link PairingRows}
 * @param reason why it is not paired
 * @param baselines how many baselines its id has (0 for a row without an id)
 * @param followUps how many follow-ups its id has
 */
public record Unpaired(int row, UnpairedReason reason, int baselines, int followUps) {

    /** Checks the reason. */
    public Unpaired {
        Objects.requireNonNull(reason, "reason");
    }

    /** Whether the row is in conflict (else unmatched). */
    public boolean isConflict() {
        return reason.isConflict();
    }

    /** The reason in one English sentence, e.g. "2 baselines and 1 follow-up with this id: ...". */
    public String message() {
        return message(Locale.ENGLISH);
    }

    /** The reason in one sentence in {@code locale}: Swedish for a Swedish locale, English otherwise. */
    public String message(Locale locale) {
        return Texts.format("unpaired." + reason.code(), locale, baselines, followUps);
    }
}
