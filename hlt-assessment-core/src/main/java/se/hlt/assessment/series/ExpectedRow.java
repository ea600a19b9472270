package se.hlt.assessment.series;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * One row of an expected treatment response table: for an intake total from {@code intakeFrom} to {@code intakeTo}
 * (inclusive), the expected total at session {@code session}, and its lower bound.
 *
 * @param intakeFrom the lowest intake total the row applies to
 * @param intakeTo the highest intake total the row applies to
 * @param session the session number
 * @param expected the expected total
 * @param lower the lower bound: a total below it is below expected
 */
public record ExpectedRow(BigDecimal intakeFrom, BigDecimal intakeTo, int session, BigDecimal expected,
                          BigDecimal lower) {

    /** Checks that the row makes sense: an intake range from low to high, a lower bound not above the expected. */
    public ExpectedRow {
        Objects.requireNonNull(intakeFrom, "intakeFrom");
        Objects.requireNonNull(intakeTo, "intakeTo");
        Objects.requireNonNull(expected, "expected");
        Objects.requireNonNull(lower, "lower");
        if (intakeFrom.compareTo(intakeTo) > 0) {
            throw new IllegalArgumentException("intake_from " + intakeFrom + " is above intake_to " + intakeTo);
        }
        if (lower.compareTo(expected) > 0) {
            throw new IllegalArgumentException("lower " + lower + " is above expected " + expected);
        }
        if (session < 1) {
            throw new IllegalArgumentException("a session number is 1 or more: " + session);
        }
    }

    /** Whether the row applies to a series with this intake total, at this session. */
    public boolean appliesTo(BigDecimal intake, int atSession) {
        return session == atSession && intakeFrom.compareTo(intake) <= 0 && intake.compareTo(intakeTo) <= 0;
    }

    /** Whether this row and {@code other} could both apply to one series at one session. */
    public boolean overlaps(ExpectedRow other) {
        return session == other.session && intakeFrom.compareTo(other.intakeTo) <= 0
                && other.intakeFrom.compareTo(intakeTo) <= 0;
    }
}
