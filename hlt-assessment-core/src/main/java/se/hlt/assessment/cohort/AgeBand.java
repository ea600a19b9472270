package se.hlt.assessment.cohort;

import java.util.Objects;
import se.hlt.assessment.instrument.Label;

/**
 * One age band: the ages {@code min} to {@code max} years inclusive.
 *
 * @param id the band's value in a derived column, e.g. {@code 6-12}
 * @param label the band's name in English and Swedish, e.g. "6–12 years" / "6–12 år"
 * @param min the lowest age in the band, in whole years
 * @param max the highest age in the band
 */
public record AgeBand(String id, Label label, int min, int max) {

    /** Checks that the band is named and its ages are whole years in order. */
    public AgeBand {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(label, "label");
        if (min < 0 || min > max) {
            throw new IllegalArgumentException("not an age band: " + min + " to " + max);
        }
    }

    /** The band {@code min}&ndash;{@code max} years, with an id such as {@code 0-5}. */
    public static AgeBand of(int min, int max) {
        String span = min + "–" + max;
        return new AgeBand(min + "-" + max, Label.of(span + " years", span + " år"), min, max);
    }

    /** Whether a child of {@code age} whole years is in this band. */
    public boolean contains(int age) {
        return age >= min && age <= max;
    }
}
