package se.hlt.assessment.scoring;

import java.math.BigDecimal;

/**
 * The decimal numbers scores are read as, shared: a {@link BigDecimal} is immutable, so the values a score can take
 * (an ORS total is one of 401 tenths) are made once, and a batch of a million forms reads them without creating a
 * number per form (or a string per number: a {@code BigDecimal} keeps its text once made).
 */
final class Decimals {

    /** Units from -{@code LIMIT} to {@code LIMIT} are shared, at 0 and 1 decimals. */
    private static final int LIMIT = 1000;
    private static final BigDecimal[][] SHARED = new BigDecimal[2][2 * LIMIT + 1];

    static {
        for (int decimals = 0; decimals < SHARED.length; decimals++) {
            for (int units = -LIMIT; units <= LIMIT; units++) {
                SHARED[decimals][units + LIMIT] = BigDecimal.valueOf(units, decimals);
            }
        }
    }

    private Decimals() {
    }

    /** {@code units} &times; 10<sup>&minus;decimals</sup>, e.g. 183 and 1 give 18.3. */
    static BigDecimal of(int units, int decimals) {
        if (decimals < SHARED.length && units >= -LIMIT && units <= LIMIT) {
            return SHARED[decimals][units + LIMIT];
        }
        return BigDecimal.valueOf(units, decimals);
    }
}
