package se.hlt.assessment.csv;

import java.util.List;
import se.hlt.assessment.scoring.FormResult;

/**
 * The pairing's sink: keeps each scored row in a {@link FormRowStore} and writes each rejected row to the errors
 * file, as the batch does, naming the input it came from.
 */
final class FormCollector implements SdqRowSink {

    /** Progress is reported in steps of this many rows, so that two reading threads rarely meet. */
    private static final int STEP = 1 << 14;

    private final FormRowStore store;
    private final ErrorRows errors;
    private final SharedProgress progress;
    private int sinceReported;

    FormCollector(FormRowStore store, ErrorRows errors, SharedProgress progress) {
        this.store = store;
        this.errors = errors;
        this.progress = progress;
    }

    @Override
    public void scored(CsvRow record, long row, FormResult result, List<String> notOnForm, int date) {
        store.add(record, row, result, date);
        counted();
    }

    @Override
    public void rejected(long row, String id, RowProblems problems) {
        errors.write(row, id, problems);
        counted();
    }

    private void counted() {
        if (++sinceReported == STEP) {
            progress.add(sinceReported);
            sinceReported = 0;
        }
    }
}
