package se.hlt.assessment.scoring;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A form's date ({@link FormContext#date()}) as people write it: {@code yyyy-MM-dd}, the form {@code hlt compare}
 * reads in a date column, and never in the future (a form is filled in before it is entered; a later date is a
 * typing mistake that would make the interval wrong). Every adapter that reads a form's date asks here, so that a
 * form file, the typed entry and a case system agree on what a date is.
 */
public final class FormDates {

    private static final Pattern ISO = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");

    private FormDates() {
    }

    /**
     * The date written in {@code text} as {@code 2025-03-14} (surrounding spaces ignored); empty when it is not a
     * date of that form or not a day of the calendar ({@code 2025-02-29}).
     */
    public static Optional<LocalDate> parse(String text) {
        String trimmed = Objects.requireNonNull(text, "text").strip();
        if (!ISO.matcher(trimmed).matches()) {
            return Optional.empty();
        }
        try {
            return Optional.of(LocalDate.parse(trimmed));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    /** Whether a form can have been filled in on {@code date}, as seen on {@code today}: not after it. */
    public static boolean possible(LocalDate date, LocalDate today) {
        return !date.isAfter(today);
    }
}
