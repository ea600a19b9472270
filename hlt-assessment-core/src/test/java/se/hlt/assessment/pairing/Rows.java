package se.hlt.assessment.pairing;

import java.util.ArrayList;
import java.util.List;

/** Rows to pair, written out in a test: each with an id number (or none), a timepoint, a date, sex and age. */
final class Rows implements PairingRows {

    /** One row. */
    record Row(int key, boolean followUp, int date, int sex, int age) {
    }

    private final List<Row> rows = new ArrayList<>();

    /** A baseline of id {@code key} with nothing else given. */
    Rows baseline(int key) {
        return add(new Row(key, false, NONE, NONE, NONE));
    }

    /** A follow-up of id {@code key} with nothing else given. */
    Rows followUp(int key) {
        return add(new Row(key, true, NONE, NONE, NONE));
    }

    Rows add(Row row) {
        rows.add(row);
        return this;
    }

    @Override
    public int size() {
        return rows.size();
    }

    @Override
    public int key(int row) {
        return rows.get(row).key();
    }

    @Override
    public boolean isFollowUp(int row) {
        return rows.get(row).followUp();
    }

    @Override
    public int date(int row) {
        return rows.get(row).date();
    }

    @Override
    public int sex(int row) {
        return rows.get(row).sex();
    }

    @Override
    public int age(int row) {
        return rows.get(row).age();
    }
}
