package se.hlt.assessment.series;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * An expected treatment response table supplied by the user: for an intake total, the expected total at each
 * session, with a lower bound. The curves of commercial systems are proprietary and none is shipped; a service
 * that has its own (from its own data, or a licensed system) can give it here, and each outcome session is then
 * said to be on track or below expected.
 *
 * @param rows the table's rows; no two apply to the same intake total at the same session
 */
public record ExpectedResponse(List<ExpectedRow> rows) {

    /**
     * Checks that no two rows overlap.
     *
     * @throws IllegalArgumentException naming the first two rows that overlap
     */
    public ExpectedResponse {
        rows = List.copyOf(rows);
        List<String> overlaps = overlaps(rows);
        if (!overlaps.isEmpty()) {
            throw new IllegalArgumentException(overlaps.get(0));
        }
    }

    /** Every pair of rows that could apply to the same series at the same session, one sentence each. */
    static List<String> overlaps(List<ExpectedRow> rows) {
        List<String> overlaps = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            for (int j = 0; j < i; j++) {
                if (rows.get(i).overlaps(rows.get(j))) {
                    overlaps.add("rows " + (j + 1) + " and " + (i + 1) + " both apply at session "
                            + rows.get(i).session() + " to some intake totals");
                }
            }
        }
        return overlaps;
    }

    /** The expectation for a series with intake total {@code intake}, at session {@code session}, for {@code total}. */
    public Optional<Expectation> expectation(BigDecimal intake, int session, BigDecimal total) {
        for (ExpectedRow row : rows) {
            if (row.appliesTo(intake, session)) {
                return Optional.of(new Expectation(row.expected(), row.lower(), total.compareTo(row.lower()) >= 0));
            }
        }
        return Optional.empty();
    }
}
