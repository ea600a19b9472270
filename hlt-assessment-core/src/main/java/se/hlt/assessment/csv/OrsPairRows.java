package se.hlt.assessment.csv;

import java.util.Optional;
import se.hlt.assessment.instrument.Sex;

/**
 * Writes the rows of an ORS series into the pairs file, in {@link PairColumns}' columns: the client's id, the
 * ORS family and the rater, the pass-through columns, age and sex of the client's SDQ pair when it has one (for
 * grouping in a cohort), the SDQ columns empty, then the series' shared columns and the rater's intake and latest
 * totals with the change, reliable change, clinical significance and cut-off. A series has one row per client and
 * rater, so nothing here is prepared ahead as the SDQ pairs are.
 */
final class OrsPairRows {

    /**
     * The columns of the dates, the interval, the form statuses and whether a form's age is outside its version's,
     * which a series row leaves empty.
     */
    private static final int DATES_AND_STATUSES = 7;

    private final CsvLineWriter out;
    private final boolean decimalComma;
    private final PairColumns columns;
    private long rows;

    OrsPairRows(CsvLineWriter out, boolean decimalComma, PairColumns columns) {
        this.out = out;
        this.decimalComma = decimalComma;
        this.columns = columns;
    }

    /**
     * Writes {@code row}.
     *
     * @param child the file of the baseline of the client's SDQ pair, if the client has one
     * @param childRow that baseline's row in its file
     */
    void write(OrsSeriesRow row, Optional<InputFile> child, int childRow) {
        out.text(row.client());
        out.field(columns.orsFamily);
        out.field(row.rater());
        out.field("");
        for (int j = 0; j < columns.passThroughNames.size(); j++) {
            int p = child.isPresent() ? child.get().passMap()[j] : -1;
            if (p < 0) {
                out.field("");
            } else {
                FormRowStore store = child.get().store();
                store.passThrough[p].write(store.passValue(childRow, p), out);
            }
        }
        int age = child.map(f -> f.store().age(childRow)).orElse((int) FormRowStore.MISSING);
        int sex = child.map(f -> f.store().sex(childRow)).orElse((int) FormRowStore.MISSING);
        out.field(age == FormRowStore.MISSING ? "" : String.valueOf(age));
        out.field(sex == FormRowStore.MISSING ? "" : Sex.values()[sex].code());
        empties(DATES_AND_STATUSES + columns.sdqScoreColumns);
        out.text(row.episode());
        for (String shared : new String[] {row.sessions(), row.intakeSession(), row.latestSession(),
            decimal(row.reliableChangePoints())}) {
            out.field(shared);
        }
        for (String rater : columns.orsRaters) {
            if (!rater.equals(row.rater())) {
                empties(ScoreColumn.ORS.size());
                continue;
            }
            out.field(decimal(row.intakeTotal()));
            out.field(decimal(row.latestTotal()));
            out.field(decimal(row.change()));
            out.field(row.reliableChange());
            out.field(row.clinicallySignificant().isEmpty() ? "" : row.clinicallySignificant().equals("1")
                    ? "yes" : "no");
            out.field(decimal(row.cutoff()));
        }
        out.endLine();
        rows++;
    }

    /** Rows written. */
    long rows() {
        return rows;
    }

    private String decimal(String withPoint) {
        return decimalComma ? withPoint.replace('.', ',') : withPoint;
    }

    private void empties(int count) {
        for (int i = 0; i < count; i++) {
            out.field("");
        }
    }
}
