package se.hlt.assessment.csv;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import se.hlt.assessment.scoring.FormResult;

/**
 * One input row held until its client's rows end: its cells as read (to be written out unchanged), what was read
 * from them, and the scored form or the row's problems. Reused from client to client, so that a batch allocates
 * rows only up to the largest client's number of rows.
 */
final class SessionRow {

    /** One problem of the row: the column at fault (empty for the row as a whole) and the reason. */
    record Fault(String column, String reason) {
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

    void fault(String column, String reason) {
        faults.add(new Fault(column, reason));
    }

    Optional<LocalDate> dateIfAny() {
        return Optional.ofNullable(date);
    }

    /** The columns at fault, joined by a space, for the errors file. */
    String faultColumns() {
        return faults.stream().map(Fault::column).filter(c -> !c.isEmpty()).distinct()
                .reduce((a, b) -> a + " " + b).orElse("");
    }

    /** The reasons, joined by {@code "; "}, for the errors file. */
    String faultReasons() {
        return String.join("; ", faults.stream().map(Fault::reason).toList());
    }

    @Override
    public String toString() {
        return "row " + row + ", " + cells.size() + " cells";
    }
}
