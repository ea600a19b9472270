package se.hlt.assessment.pairing;

/**
 * The rows to pair, as {@link Pairing} needs to see them: numbered 0 to {@code size() - 1} in input order, each
 * with the number of its id, its timepoint and what can contradict a partner (date, sex, age).
 *
 * <p>An interface over primitive values rather than a list of records, so that the rows of two files with a
 * million rows each are paired where they lie, without a copy.
 */
public interface PairingRows {

    /** The key of a row without an id: it cannot be paired. */
    int NO_KEY = -1;
    /** A date, sex or age the row does not give. */
    int NONE = Integer.MIN_VALUE;

    /** How many rows. */
    int size();

    /**
     * The number of row {@code row}'s id, the same for every row with the same id (0 or more, and small enough
     * to index an array: at most the number of distinct ids), or {@link #NO_KEY}.
     */
    int key(int row);

    /** Whether row {@code row} is a follow-up form (else a baseline form). */
    boolean isFollowUp(int row);

    /** Row {@code row}'s date as a day number ({@link java.time.LocalDate#toEpochDay()}), or {@link #NONE}. */
    int date(int row);

    /** Row {@code row}'s sex as a {@link se.hlt.assessment.instrument.Sex} ordinal, or {@link #NONE}. */
    int sex(int row);

    /** Row {@code row}'s age in whole years, or {@link #NONE}. */
    int age(int row);
}
