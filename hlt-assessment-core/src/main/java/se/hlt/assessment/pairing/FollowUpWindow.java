package se.hlt.assessment.pairing;

import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import se.hlt.assessment.scoring.Texts;

/**
 * When a follow-up is due: HLT's handbook recommends a follow-up SDQ when the support ends or 3&ndash;6 months
 * after it starts ({@code hlt-context.md}), so a pair whose interval falls outside that window gets a note. The
 * window is in calendar months, so that "3 months after 31 January" is 30 April, as a person counts.
 *
 * @param minMonths the shortest interval, in months, that is in the window
 * @param maxMonths the longest interval, in months, that is in the window
 */
public record FollowUpWindow(int minMonths, int maxMonths) {

    /** HLT's recommendation: 3 to 6 months. */
    public static final FollowUpWindow HLT = new FollowUpWindow(3, 6);

    private static final Pattern TEXT = Pattern.compile("\\s*(\\d{1,3})\\s*-\\s*(\\d{1,3})\\s*");

    /** How an interval lies against the window. */
    public enum Fit {
        /** Within the window. */
        WITHIN,
        /** Shorter than the window's shortest interval. */
        SHORTER,
        /** Longer than the window's longest interval. */
        LONGER
    }

    /** Checks that the window is a range of months from 0 up. */
    public FollowUpWindow {
        if (minMonths < 0 || maxMonths < minMonths) {
            throw new IllegalArgumentException("not a window of months: " + minMonths + "-" + maxMonths);
        }
    }

    /**
     * The window written as {@code MIN-MAX} months, e.g. {@code 3-6}.
     *
     * @throws IllegalArgumentException if the text is not a window of months
     */
    public static FollowUpWindow parse(String text) {
        return tryParse(text).orElseThrow(() -> new IllegalArgumentException(
                "not a window of months written as MIN-MAX, e.g. 3-6: " + text));
    }

    /** The window written as {@code MIN-MAX} months, e.g. {@code 3-6}; empty when the text is not one. */
    public static Optional<FollowUpWindow> tryParse(String text) {
        Matcher m = TEXT.matcher(text);
        if (!m.matches()) {
            return Optional.empty();
        }
        int min = Integer.parseInt(m.group(1));
        int max = Integer.parseInt(m.group(2));
        return min <= max ? Optional.of(new FollowUpWindow(min, max)) : Optional.empty();
    }

    /**
     * How the interval from {@code baseline} to {@code followUp} lies against the window.
     *
     * @param baseline the baseline's date as a day number ({@link LocalDate#toEpochDay()})
     * @param followUp the follow-up's date as a day number, not before the baseline
     */
    public Fit fit(int baseline, int followUp) {
        LocalDate start = LocalDate.ofEpochDay(baseline);
        LocalDate end = LocalDate.ofEpochDay(followUp);
        if (end.isBefore(start.plusMonths(minMonths))) {
            return Fit.SHORTER;
        }
        return end.isAfter(start.plusMonths(maxMonths)) ? Fit.LONGER : Fit.WITHIN;
    }

    /**
     * The note for a pair outside the window, as written in a file: {@code shorter_than_3_months} or
     * {@code longer_than_6_months}; empty within it.
     */
    public String note(Fit fit) {
        switch (fit) {
            case SHORTER: return "shorter_than_" + minMonths + "_months";
            case LONGER: return "longer_than_" + maxMonths + "_months";
            default: return "";
        }
    }

    /**
     * The note for a pair outside the window in a sentence in {@code locale} (Swedish for a Swedish locale,
     * English otherwise), e.g. "sooner than 3 months after the baseline": the words for what
     * {@link #note} writes in a file; empty within the window.
     */
    public String sentence(Fit fit, Locale locale) {
        switch (fit) {
            case SHORTER: return Texts.format("window.shorter", locale, minMonths);
            case LONGER: return Texts.format("window.longer", locale, maxMonths);
            default: return "";
        }
    }

    /** The window as {@code MIN-MAX}, e.g. {@code 3-6}. */
    @Override
    public String toString() {
        return minMonths + "-" + maxMonths;
    }
}
