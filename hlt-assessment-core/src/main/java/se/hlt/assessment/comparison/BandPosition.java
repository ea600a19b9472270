package se.hlt.assessment.comparison;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import se.hlt.assessment.norms.BandRange;
import se.hlt.assessment.norms.Bands;

/**
 * Where a score's band lies in its table's order of bands. Norms tables list a score's bands from the most
 * typical (position 0: normal, close to average) to the least typical, so the position alone says how typical
 * a band is, for any scheme, without naming bands in code.
 *
 * <p><b>Which bands are atypical</b> (the "abnormal" end that a clinically significant improvement starts
 * from) is decided by the number of bands:
 * <ul>
 *   <li>two bands (one cut-off, such as the Swedish preschool 90th percentile): the second band;</li>
 *   <li>three or more: the first band is typical and the second is the in-between band (borderline, slightly
 *       raised or slightly lowered); the third and every later band are atypical. For the SDQ this is the
 *       abnormal band of {@code band3}, and high and very high (prosocial: low and very low) of
 *       {@code band4}, as {@code norms.md} &sect;4 asks.</li>
 * </ul>
 *
 * @param band the band's name, e.g. {@code abnormal}
 * @param position its place in the table's order, 0 for the most typical band
 * @param bandCount how many bands the table gives this score, at least 2
 */
public record BandPosition(String band, int position, int bandCount) {

    /** Checks that the position lies among the bands. */
    public BandPosition {
        Objects.requireNonNull(band, "band");
        if (bandCount < 2) {
            throw new IllegalArgumentException("a banding needs at least two bands: " + bandCount);
        }
        if (position < 0 || position >= bandCount) {
            throw new IllegalArgumentException("position " + position + " is not among " + bandCount + " bands");
        }
    }

    /**
     * The position of {@code value} of {@code score} in a band table.
     *
     * @return empty when the table does not cover the score or the value falls in none of its bands
     */
    public static Optional<BandPosition> of(Bands bands, String score, int value) {
        List<BandRange> ranges = bands.scores().get(score);
        if (ranges == null) {
            return Optional.empty();
        }
        for (int i = 0; i < ranges.size(); i++) {
            if (ranges.get(i).contains(value)) {
                return Optional.of(new BandPosition(ranges.get(i).band(), i, ranges.size()));
            }
        }
        return Optional.empty();
    }

    /**
     * The first atypical position among {@code bandCount} bands: 1 for two bands, otherwise 2 (see the class
     * description).
     */
    public static int firstAtypicalPosition(int bandCount) {
        return Math.min(2, bandCount - 1);
    }

    /** Whether this is the most typical band (normal, close to average). */
    public boolean isMostTypical() {
        return position == 0;
    }

    /** Whether this band is at the atypical end of the scale (see the class description for the rule). */
    public boolean isAtypical() {
        return position >= firstAtypicalPosition(bandCount);
    }
}
