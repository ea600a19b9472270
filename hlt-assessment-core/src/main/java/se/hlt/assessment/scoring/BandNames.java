package se.hlt.assessment.scoring;

import java.util.Locale;
import java.util.Optional;

/**
 * The names of the band schemes and bands of the built-in instruments and norms tables, for
 * {@link Score#band(String)}, with their labels in English and Swedish. Bands stay data (a norms table names its
 * bands); a test checks that every constant here is a scheme of the built-in SDQ definitions or a band of a
 * shipped table.
 */
public final class BandNames {

    /** The 3-band scheme (normal, borderline, abnormal): the one change is read in. */
    public static final String BAND3 = "band3";
    /** The 4-band scheme (close to average, slightly raised, high, very high; for prosocial, lowered). */
    public static final String BAND4 = "band4";

    /** 3 bands: the most typical band. */
    public static final String NORMAL = "normal";
    /** 3 bands: between normal and abnormal. */
    public static final String BORDERLINE = "borderline";
    /** 3 bands: the least typical band. */
    public static final String ABNORMAL = "abnormal";
    /** 4 bands: the most typical band. */
    public static final String CLOSE_TO_AVERAGE = "close_to_average";
    /** 4 bands, difficulties and impact: about the 80th to 90th percentile. */
    public static final String SLIGHTLY_RAISED = "slightly_raised";
    /** 4 bands, difficulties and impact: about the 90th to 95th percentile. */
    public static final String HIGH = "high";
    /** 4 bands, difficulties and impact: above about the 95th percentile. */
    public static final String VERY_HIGH = "very_high";
    /** 4 bands, prosocial: about the 10th to 20th percentile. */
    public static final String SLIGHTLY_LOWERED = "slightly_lowered";
    /** 4 bands, prosocial: about the 5th to 10th percentile. */
    public static final String LOW = "low";
    /** 4 bands, prosocial: below about the 5th percentile. */
    public static final String VERY_LOW = "very_low";

    private BandNames() {
    }

    /**
     * The label of a band or a band scheme of the built-in data, e.g. {@code gränsvärde} for
     * {@code borderline} in Swedish; in Swedish for a Swedish locale, English otherwise.
     *
     * @return the label, or empty for a name the library has no text for (a band of a user's own table)
     */
    public static Optional<String> label(String name, Locale locale) {
        return Texts.get("band." + name, locale).or(() -> Texts.get("scheme." + name, locale));
    }
}
