package se.hlt.assessment.norms;

/**
 * One band of a score: the scores from {@code min} to {@code max} inclusive fall in {@code band}.
 *
 * @param band the band's name, e.g. {@code borderline}, {@code slightly_raised}
 * @param min the lowest score in the band
 * @param max the highest score in the band
 */
public record BandRange(String band, int min, int max) {

    /** Whether {@code score} falls in this band. */
    public boolean contains(int score) {
        return score >= min && score <= max;
    }
}
