package se.hlt.assessment.csv;

import java.time.LocalDate;

/**
 * ISO dates of day numbers, prepared once per day for the pairs file: a file's dates repeat (a cohort's forms are
 * filled in on a few hundred days), and formatting a {@link LocalDate} per cell cost the compare run measurably.
 * A small direct-mapped cache; not thread-safe.
 */
final class DateCells {

    private static final int SLOTS = 4096;
    private final CsvLineWriter out;
    private final int[] days = new int[SLOTS];
    private final Prepared[] cells = new Prepared[SLOTS];

    DateCells(CsvLineWriter out) {
        this.out = out;
    }

    /** The cell of day {@code day} (days since 1970-01-01). */
    Prepared of(int day) {
        int slot = day & (SLOTS - 1);
        if (cells[slot] == null || days[slot] != day) {
            days[slot] = day;
            cells[slot] = out.prepare(LocalDate.ofEpochDay(day).toString());
        }
        return cells[slot];
    }
}
