package se.hlt.assessment.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** {@link NoPersonalIdentityNumber} refuses personal and co-ordination numbers however written, by the core's screen. */
class NoPersonalIdentityNumberTest {

    record Note(@NoPersonalIdentityNumber String reference, @NoPersonalIdentityNumber String text) {
    }

    @Test
    void aPseudonymANullAndOrdinaryTextPass() {
        assertEquals(Map.of(), Validators.messages(new Note("k-17", null), Locale.ENGLISH));
        assertEquals(Map.of(), Validators.messages(new Note("vbn-2026-017", "möte 2026-01-12 kl 10"), Locale.ENGLISH));
    }

    @Test
    void aPersonalOrCoordinationNumberAnywhereInTheTextIsRefusedInBothLanguages() {
        String personal = Validators.identityNumber("120517", "123");
        String coordination = Validators.identityNumber("120577", "456"); // day + 60
        Note note = new Note(personal.replace("-", ""), "mamma till " + coordination);
        assertEquals(Map.of("reference", "looks like a personal identity number: use a pseudonymous id",
                "text", "looks like a personal identity number: use a pseudonymous id"),
                Validators.messages(note, Locale.ENGLISH));
        assertEquals(Map.of("reference", "ser ut som ett personnummer: använd ett pseudonymt id",
                "text", "ser ut som ett personnummer: använd ett pseudonymt id"),
                Validators.messages(note, Validators.SWEDISH));
    }
}
