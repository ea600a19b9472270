package se.hlt.assessment.csv;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import se.hlt.assessment.privacy.IdentityNumberColumn;

/**
 * Screens the rows of a sessions file for personal identity numbers: the cells that are not numbers (the client,
 * the episode, passed-through columns), or every cell of a row whose cells cannot be trusted to be in their
 * columns (too few or too many) or that holds the rows an open quote swallowed. A number written as one refuses
 * the file at once; ten or twelve bare digits are judged with their column once the file is read
 * ({@link IdentityNumberColumn}); a column the user vouches for is not screened.
 */
final class SessionCellScreen {

    private final List<String> header;
    /** The columns whose cells are not numbers. */
    private final int[] textColumns;
    /** The columns passed through: neither a field of a session nor an answer. */
    private final int[] passThrough;
    /** Per text column, its judgement as a whole; null for one the user vouches for. */
    private final IdentityNumberColumn[] screens;

    SessionCellScreen(SessionColumns columns, Set<String> notPersonal) {
        header = columns.header;
        List<Integer> numeric = new ArrayList<>(columns.answers.values());
        for (SessionColumns.Field field : List.of(SessionColumns.Field.SESSION, SessionColumns.Field.DATE,
                SessionColumns.Field.AGE, SessionColumns.Field.INSTRUMENT, SessionColumns.Field.RATER)) {
            numeric.add(columns.position(field));
        }
        List<Integer> text = new ArrayList<>();
        for (int i = 0; i < header.size(); i++) {
            if (!numeric.contains(i)) {
                text.add(i);
            }
        }
        textColumns = text.stream().mapToInt(Integer::intValue).toArray();
        List<Integer> fields = new ArrayList<>(columns.answers.values());
        for (SessionColumns.Field field : SessionColumns.Field.values()) {
            fields.add(columns.position(field));
        }
        passThrough = text.stream().filter(c -> !fields.contains(c)).mapToInt(Integer::intValue).toArray();
        screens = new IdentityNumberColumn[textColumns.length];
        for (int i = 0; i < screens.length; i++) {
            boolean vouched = notPersonal.contains(header.get(textColumns[i]).trim().toLowerCase(Locale.ROOT));
            screens[i] = vouched ? null : new IdentityNumberColumn();
        }
    }

    /** Whether every line break of the row is in a passed-through cell. */
    boolean breaksOnlyInPassThrough(CsvRow cells) {
        return cells.breaksOnlyIn(passThrough);
    }

    /**
     * The column of the first cell of the row that looks like a personal identity number (by name, or by its
     * position from 1 beyond the header's); empty when there is none.
     */
    Optional<String> personalIdentityNumber(CsvRow cells, long row) {
        if (cells.size() != header.size() || cells.spansLines()) {
            int c = cells.firstPersonalCell();
            return c < 0 ? Optional.empty() : Optional.of(c < header.size() ? header.get(c) : String.valueOf(c + 1));
        }
        for (int i = 0; i < screens.length; i++) {
            if (screens[i] != null && screens[i].add(cells.cell(textColumns[i]), row)) {
                return Optional.of(header.get(textColumns[i]));
            }
        }
        return Optional.empty();
    }

    /** Once every row is read: the column and first row of a text column judged personal as a whole, if any. */
    Optional<Refusal> finish() {
        for (int i = 0; i < screens.length; i++) {
            if (screens[i] != null && screens[i].isPersonal()) {
                return Optional.of(Refusal.of(RefusalKind.PERSONAL_IDENTITY_NUMBER, header.get(textColumns[i]),
                        screens[i].firstRow().orElseThrow()));
            }
        }
        return Optional.empty();
    }
}
