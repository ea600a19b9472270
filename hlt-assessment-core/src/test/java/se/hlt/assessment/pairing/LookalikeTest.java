package se.hlt.assessment.pairing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class LookalikeTest {

    @Test
    void idsThatDifferOnlyInCaseOrSpacesAreFoundOnceEachInTheOrderSeen() {
        List<Lookalike> found = Lookalike.among(List.of("Ab 12", "k-3", "ab12", "K-3", "Ab 12", "x", "AB\t12"));
        assertEquals(List.of(new Lookalike(List.of("Ab 12", "ab12", "AB\t12")), new Lookalike(List.of("k-3", "K-3"))),
                found);
    }

    @Test
    void theSameIdTwiceOrDifferentIdsAreNoLookalike() {
        assertEquals(List.of(), Lookalike.among(List.of("k-1", "k-1", "k-2", "k-12")));
        assertThrows(IllegalArgumentException.class, () -> new Lookalike(List.of("k-1")));
    }

    @Test
    void theHintNamesTheIdsInEnglishAndSwedish() {
        Lookalike l = new Lookalike(List.of("Ab 12", "ab12"));
        assertEquals("ids 'Ab 12' and 'ab12' differ only in case or spaces: the same child? Pairing goes by the id "
                + "exactly as written", l.message());
        assertEquals("id 'Ab 12' och 'ab12' skiljer sig bara i stora/små bokstäver eller mellanslag: samma barn? "
                + "Paren bildas efter id exakt som det är skrivet", l.message(Locale.forLanguageTag("sv")));
        assertTrue(new Lookalike(List.of("a", "A", " a")).message().startsWith("ids 'a', 'A' and ' a' differ"));
    }

    @Test
    void theWindowsNoteHasASentenceInBothLanguages() {
        FollowUpWindow w = FollowUpWindow.HLT;
        assertEquals("sooner than 3 months after the baseline", w.sentence(FollowUpWindow.Fit.SHORTER,
                Locale.ENGLISH));
        assertEquals("senare än 6 månader efter första skattningen",
                w.sentence(FollowUpWindow.Fit.LONGER, Locale.forLanguageTag("sv")));
        assertEquals("", w.sentence(FollowUpWindow.Fit.WITHIN, Locale.ENGLISH));
    }
}
