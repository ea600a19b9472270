package se.hlt.assessment.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import se.hlt.assessment.scoring.Form;
import se.hlt.assessment.series.SessionForm;

/** {@link ValidSession}: an ORS/SRS-family form, every scale marked 0.0-10.0 with one decimal, or the total alone. */
class ValidSessionTest {

    /** A request object that holds the library's own session form. */
    record Wrapped(@ValidSession SessionForm session) {
    }

    private static OrsSessionRequest ors(String... marks) {
        Map<String, String> answers = new HashMap<>();
        String[] scales = {"individually", "interpersonally", "socially", "overall"};
        for (int i = 0; i < marks.length; i++) {
            answers.put(scales[i], marks[i]);
        }
        return new OrsSessionRequest("ors", answers, "k-0417", LocalDate.of(2026, 1, 12));
    }

    @Test
    void fourMarksWithADecimalCommaOrPointAreASession() {
        assertEquals(Map.of(), Validators.messages(ors("6,5", "7", "8.2", "5"), Locale.ENGLISH));
        assertEquals(Map.of(), Validators.messages(new OrsSessionRequest("srs", Map.of("total", "36,5"), "k", null),
                Locale.ENGLISH), "a total alone, as a paper record gives it");
    }

    @Test
    void aMarkOutOfRangeWithTwoDecimalsNotANumberOrLeftOutIsNamedByItsScale() {
        assertEquals(Map.of(
                "answers[individually]", "\"10,5x\" is not a number; allowed: a number such as 2 or 6,5, or empty",
                "answers[interpersonally]", "\"6.25\" has more decimals than the scale is read to; allowed: 0.0 to "
                        + "10.0 or empty",
                "answers[overall]", "is not marked: every scale needs a mark of 0.0 to 10.0, or give the total only",
                "answers[socially]", "\"11\" is out of range; allowed: 0.0 to 10.0 or empty"),
                Validators.messages(ors("10,5x", "6.25", "11"), Locale.ENGLISH));
    }

    @Test
    void theMessagesAreInSwedishForASwedishUser() {
        assertEquals(Map.of(
                "answers[overall]", "saknar markering: varje skala behöver en markering från 0,0 till 10,0, eller "
                        + "ange bara totalpoängen",
                "answers[socially]", "\"10.1\" ligger utanför det tillåtna intervallet; tillåtet: 0.0 till 10.0 "
                        + "eller tomt"),
                Validators.messages(ors("6,5", "7", "10.1"), Validators.SWEDISH));
    }

    @Test
    void anSdqFormIsNoSession() {
        OrsSessionRequest sdq = new OrsSessionRequest("sdq-p-4-17-baseline", Map.of("consid", "1"), "k", null);
        assertEquals(Map.of("instrument", "är inget samtalsformulär i ORS/SRS-familjen (ORS, SRS, CORS, CSRS, "
                + "YCORS, YCSRS)"), Validators.messages(sdq, Validators.SWEDISH));
    }

    @Test
    void theLibrarysSessionFormIsCheckedAtItsForm() {
        SessionForm session = new SessionForm(1, 3, Optional.empty(), Form.of("ycors", Map.of("rating", 5)));
        assertEquals(Map.of("session.form.answers[rating]",
                        "\"5\" is not an allowed answer; allowed: 1, 2, 3, 4 or empty"),
                Validators.messages(new Wrapped(session), Locale.ENGLISH));
        SessionForm ok = new SessionForm(1, 3, Optional.empty(), Form.of("ycors", Map.of("rating", 4)));
        assertEquals(Map.of(), Validators.messages(new Wrapped(ok), Locale.ENGLISH));
    }
}
