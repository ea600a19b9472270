package se.hlt.assessment.io.sessions;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import se.hlt.assessment.io.CsvLineWriter;
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
    private char[] chars = new char[256];
    private int[] starts = new int[16];
    private int[] lengths = new int[16];
    private int count;

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

    void setCells(char[] source, int used, int[] sourceStarts, int[] sourceLengths, int cells) {
        if (chars.length < used) {
            chars = new char[Math.max(used, chars.length * 2)];
        }
        if (starts.length < cells) {
            starts = new int[Math.max(cells, starts.length * 2)];
            lengths = new int[starts.length];
        }
        System.arraycopy(source, 0, chars, 0, used);
        System.arraycopy(sourceStarts, 0, starts, 0, cells);
        System.arraycopy(sourceLengths, 0, lengths, 0, cells);
        count = cells;
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

    /** How many cells the row has. */
    int size() {
        return count;
    }

    /**
     * Writes every cell unchanged as the next fields of {@code out}, each checked for characters that need quotes:
     * an unquoted cell may hold a quote ({@code a"b}), which RFC 4180 output must quote.
     */
    void copyCells(CsvLineWriter out) {
        for (int i = 0; i < count; i++) {
            out.field(new String(chars, starts[i], lengths[i]));
        }
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
        return "row " + row + " " + Arrays.toString(Arrays.copyOf(lengths, count));
    }
}
