package se.hlt.assessment.csv;

import java.util.Locale;
import java.util.Objects;
import se.hlt.assessment.pairing.FollowUpWindow;

/**
 * How to read and pair the forms.
 *
 * @param reading the id column, version, coding and language, as for the batch (its default timepoint is set per
 *     file)
 * @param window the follow-up window: pairs whose interval falls outside get a note
 */
public record CompareOptions(SdqBatchOptions reading, FollowUpWindow window) {

    /** Checks both parts. */
    public CompareOptions {
        Objects.requireNonNull(reading, "reading");
        Objects.requireNonNull(window, "window");
    }

    /** The batch's defaults and HLT's window of 3&ndash;6 months. */
    public static CompareOptions defaults() {
        return new CompareOptions(SdqBatchOptions.defaults(), FollowUpWindow.HLT);
    }

    /** These options with {@code newReading}. */
    public CompareOptions withReading(SdqBatchOptions newReading) {
        return new CompareOptions(newReading, window);
    }

    /** These options with {@code newWindow}. */
    public CompareOptions withWindow(FollowUpWindow newWindow) {
        return new CompareOptions(reading, newWindow);
    }

    /** These options with the sentences of the errors and unmatched files in {@code locale}; see the reading's. */
    public CompareOptions withLocale(Locale locale) {
        return new CompareOptions(reading.withLocale(locale), window);
    }
}
