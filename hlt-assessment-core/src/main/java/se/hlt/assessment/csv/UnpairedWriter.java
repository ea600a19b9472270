package se.hlt.assessment.csv;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import se.hlt.assessment.instrument.Sex;
import se.hlt.assessment.instrument.Timepoint;
import se.hlt.assessment.pairing.Unpaired;
import se.hlt.assessment.scoring.Status;

/**
 * Writes the file of rows that are not in a pair: every such row, with where it came from ({@code file},
 * {@code row} as a spreadsheet shows it), its id, whether it is {@code unmatched} (no partner) or in
 * {@code conflict} (a partner cannot be told, or contradicts it), the reason as a code and a sentence, and what
 * the row says: timepoint, date, age, sex, form status and scores.
 */
final class UnpairedWriter {

    private final CsvLineWriter out;
    private final PairColumns columns;

    private final Locale locale;
    /**
     * Each reason's sentence, made once per reason and counts of forms: the unpaired rows of a large file repeat a
     * few, and making one is a MessageFormat's work (a seventh of hlt compare's pairing on 1,000,000 rows).
     */
    private final Map<Unpaired, String> messages = new HashMap<>();

    /** A writer of the rows that are not in a pair, each reason in {@code locale}. */
    UnpairedWriter(CsvLineWriter out, PairColumns columns, Locale locale) {
        this.out = out;
        this.columns = columns;
        this.locale = locale;
    }

    /** The header: {@code file,row,<id>,outcome,reason_code,reason,timepoint,date,age,sex,status}, the scores. */
    void writeHeader() {
        List<String> header = new ArrayList<>(List.of(ErrorRows.FILE, "row", columns.idHeader, "outcome",
                "reason_code", "reason", "timepoint", "date", "age", "sex", "status"));
        for (int s = 0; s < columns.scoreNames.size(); s++) {
            header.add(columns.prefixed(s));
        }
        out.line(header);
    }

    /** Writes row {@code r} of {@code input}, whose id is number {@code key} of {@code ids} (or blank). */
    void write(Unpaired unpaired, InputFile input, int r, TextInterner ids, int key) {
        FormRowStore store = input.store();
        out.field(input.role());
        out.field(Integer.toString(store.rowNumber(r)));
        ids.write(key, out);
        out.field(unpaired.isConflict() ? "conflict" : "unmatched");
        out.field(unpaired.reason().code());
        out.field(messages.computeIfAbsent(new Unpaired(0, unpaired.reason(), unpaired.baselines(),
                unpaired.followUps()), u -> u.message(locale)));
        out.field((store.isFollowUp(r) ? Timepoint.FOLLOWUP : Timepoint.BASELINE).code());
        out.field(store.date(r) == SdqRowSink.NO_DATE ? "" : LocalDate.ofEpochDay(store.date(r)).toString());
        out.field(store.age(r) == FormRowStore.MISSING ? "" : Integer.toString(store.age(r)));
        out.field(store.sex(r) == FormRowStore.MISSING ? "" : Sex.values()[store.sex(r)].code());
        out.field(Status.values()[store.status(r)].code());
        for (int s = 0; s < columns.scoreNames.size(); s++) {
            int score = store.score(r, s);
            out.field(score == FormRowStore.MISSING ? "" : Integer.toString(score));
        }
        out.endLine();
    }
}
