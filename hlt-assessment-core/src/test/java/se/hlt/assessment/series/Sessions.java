package se.hlt.assessment.series;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import se.hlt.assessment.instrument.Informant;
import se.hlt.assessment.scoring.Form;
import se.hlt.assessment.scoring.FormContext;

/** Builds session forms for tests (public for the tests of other packages): total-only or four marks, in tenths, with a session, a date and a rater. */
public final class Sessions {

    private Sessions() {
    }

    /** A total-only form of {@code instrument} at {@code session}, from row {@code row}, by the child aged 14. */
    public static SessionForm total(long row, int session, String instrument, int tenths) {
        return total(row, session, instrument, tenths, Informant.SELF, 14);
    }

    /** A total-only form with a rater and an age. */
    public static SessionForm total(long row, int session, String instrument, int tenths, Informant rater, int age) {
        Form form = Form.of(instrument, Map.of("total", BigDecimal.valueOf(tenths, 1)))
                .withContext(FormContext.none().withAge(age).withRater(rater));
        return new SessionForm(row, session, Optional.empty(), form);
    }

    /** The same form on a date. */
    public static SessionForm on(SessionForm f, String isoDate) {
        return new SessionForm(f.row(), f.session(), Optional.of(LocalDate.parse(isoDate)), f.form());
    }

    /** An SRS with four marks, in tenths. */
    public static SessionForm srs(long row, int session, int relationship, int goals, int approach, int overall) {
        Form form = Form.of("srs", Map.of("relationship", BigDecimal.valueOf(relationship, 1), "goals",
                BigDecimal.valueOf(goals, 1), "approach", BigDecimal.valueOf(approach, 1), "overall",
                BigDecimal.valueOf(overall, 1))).withContext(FormContext.none().withAge(14));
        return new SessionForm(row, session, Optional.empty(), form);
    }
}
