package se.hlt.assessment.instrument;

import java.util.List;
import java.util.Objects;

/**
 * A scale scored from its items: the sum of item scores, prorated when some items are unanswered.
 *
 * <p>With all items answered the score is the plain sum. With at least {@code minAnswered} answered, the score
 * is the mean of the answered item scores times the number of items, rounded by {@code rounding}. With fewer,
 * the scale is missing.
 *
 * @param name the score's short name without informant prefix, e.g. {@code emotion}
 * @param label the scale's name in English and Swedish
 * @param items the names of its questions
 * @param minAnswered how many items must be answered for a score
 * @param rounding how a prorated score is rounded
 * @param direction whether a higher score is worse (a difficulty) or better (a strength)
 */
public record ScaleRule(String name, Label label, List<String> items, int minAnswered, Rounding rounding,
                        Direction direction) {

    /** Checks the required parts and copies the item list. */
    public ScaleRule {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(rounding, "rounding");
        Objects.requireNonNull(direction, "direction");
        items = List.copyOf(items);
    }
}
