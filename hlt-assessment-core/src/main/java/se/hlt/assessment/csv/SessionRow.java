package se.hlt.assessment.csv;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;
import se.hlt.assessment.scoring.FormResult;
import se.hlt.assessment.scoring.Problem;

/**
 * One input row held until its client's rows end: its cells as read (to be written out unchanged), what was read
 * from them, and the scored form or the row's problems. Reused from client to client, so that a batch allocates
 * rows only up to the largest client's number of rows.
 */
final class SessionRow {

    /**
     * One problem of the row: the column at fault (empty for the row as a whole), the reason's code and the reason
     * in a given language (the file is written in the user's).
     */
    record Fault(String column, String code, Function<Locale, String> reason) {
    }

    long row;
    /** The cells as read, to be written out unchanged. */
    final CsvRowCopy cells = new CsvRowCopy();

    /** Whether the row's own client cell was empty (it is kept with the rows around it, as an error). */
    boolean noClient;
    String episode;
    int session;
    LocalDate date;
    FormResult result;
    final List<Fault> faults = new ArrayList<>(2);

    /** Forgets the previous row. */
    void reset(long rowNumber) {
        row = rowNumber;
        noClient = false;
        episode = "";
        session = 0;
        date = null;
        result = null;
        faults.clear();
    }

    /** Whether the row has problems of its own. */
    boolean faulty() {
        return !faults.isEmpty();
    }

    void fault(String column, String code, Function<Locale, String> reason) {
        faults.add(new Fault(column, code, reason));
    }

    /** A problem of the engine's, worded as the files word it ({@link Problem#messageInFiles(Locale)}). */
    void fault(Problem problem) {
        fault(problem.field(), problem.kind().code(), problem::messageInFiles);
    }

    Optional<LocalDate> dateIfAny() {
        return Optional.ofNullable(date);
    }

    /** The columns at fault, joined by a space, for the errors file. */
    String faultColumns() {
        return faults.stream().map(Fault::column).filter(c -> !c.isEmpty()).distinct()
                .reduce((a, b) -> a + " " + b).orElse("");
    }

    /** The reasons' codes, one per reason and in the same order, joined by a space, for the errors file. */
    String faultCodes() {
        return String.join(" ", faults.stream().map(Fault::code).toList());
    }

    /** The reasons in {@code locale}, joined by {@code "; "}, for the errors file. */
    String faultReasons(Locale locale) {
        return String.join("; ", faults.stream().map(f -> f.reason().apply(locale)).toList());
    }

    @Override
    public String toString() {
        return "row " + row + ", " + cells.size() + " cells";
    }
}
