package se.hlt.assessment.csv;

import java.util.List;
import se.hlt.assessment.scoring.FormResult;

/**
 * Where {@link SdqRowProcessor} sends each row of an SDQ CSV: scored, or rejected with its problems. The batch
 * writes scored rows to its output file; the pairing of baselines and follow-ups keeps them in memory. Both
 * write rejected rows to an errors file.
 *
 * <p>Called on the hot path, once per row, with buffers that are reused for the next row: a sink copies what it
 * keeps.
 */
interface SdqRowSink {

    /** Stands for a row without a date (or a reading that does not read dates). */
    int NO_DATE = Integer.MIN_VALUE;

    /**
     * A row that was scored.
     *
     * @param record the row, with as many cells as the header; valid until the next row is read
     * @param row its number as a spreadsheet shows it (the header is row 1)
     * @param result its scores (never invalid: rows with problems are rejected instead)
     * @param notOnForm the questions answered that the row's form does not ask
     * @param date the row's date as a day number ({@link java.time.LocalDate#toEpochDay()}), or {@link #NO_DATE}
     */
    void scored(CsvRow record, long row, FormResult result, List<String> notOnForm, int date);

    /**
     * A row that cannot be scored.
     *
     * @param row its number as a spreadsheet shows it
     * @param id its id cell, or its row number when the file has no id column
     * @param problems every bad cell, or the wrong cell count
     */
    void rejected(long row, String id, RowProblems problems);
}
