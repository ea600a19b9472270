package se.hlt.assessment.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code hlt enter} refuses what it cannot use before the first question, so that no form is typed in vain: an
 * output in a folder that does not exist (exit 3; it was an internal error after the whole form), and an informant
 * the instrument has no form for (exit 2; {@code --informant other} for the SDQ was an internal error).
 */
class EnterBeforeTypingTest {

    @TempDir
    Path dir;

    @Test
    void anOutputInAMissingFolderIsRefusedBeforeAnythingIsAsked() {
        String out = dir.resolve("missing/form.json").toString();
        for (String instrument : new String[] {"sdq", "ors"}) {
            Run run = Run.typing("\n", "enter", instrument, "--lang", "en", "--out", out);
            assertEquals(ExitCodes.INPUT_REFUSED, run.exit(), run.err());
            assertTrue(run.err().contains("does not exist; create it or choose another --out. Nothing was asked"),
                    run.err());
            assertFalse(run.out().contains("?"), "no question asked: " + run.out());
        }
        Run sv = Run.typing("\n", "enter", "sdq", "--lang", "sv", "--out", out);
        assertTrue(sv.err().contains("finns inte; skapa den eller välj en annan --out"), sv.err());
    }

    /** Issue 15: "förälder" is taken where the form says "vårdnadshavare" (and "guardian" for "parent"). */
    @Test
    void theWordsPeopleUseForAnInformantAreTaken() {
        Run sv = Run.typing("förälder\n", "enter", "sdq", "--lang", "sv", "--out", dir.resolve("a.json").toString());
        assertFalse(sv.err().contains("är inget av valen"), sv.err());
        assertTrue(sv.err().contains("(vid version)"), "the informant was taken, the version came next: " + sv.err());
        Run en = Run.typing("guardian\n", "enter", "sdq", "--lang", "en", "--out", dir.resolve("b.json").toString());
        assertFalse(en.err().contains("is not one of the choices"), en.err());
        assertTrue(en.err().contains("(at version)"), en.err());
    }

    /** A session number is 1 to 999 on the command line as when typed; a personal number there is never echoed. */
    @Test
    void aSessionOptionOutOfRangeIsRefusedWithoutEchoingAPersonalNumber() {
        Run big = Run.typing("\n", "enter", "ors", "--lang", "en", "--session", "1000");
        assertEquals(ExitCodes.USAGE, big.exit(), big.err());
        java.util.Random random = new java.util.Random(3);
        String number;
        do {
            number = SyntheticNumbers.tenDigits(random);
        } while (Long.parseLong(number) > Integer.MAX_VALUE);
        Run run = Run.typing("\n", "enter", "ors", "--lang", "en", "--session", number);
        assertEquals(ExitCodes.USAGE, run.exit(), run.err());
        String all = run.out() + run.err();
        assertFalse(all.contains(number) || all.contains(number.substring(0, 6)), all);
    }

    @Test
    void anInformantWithoutAFormIsAUsageError() {
        Run run = Run.typing("\n", "enter", "sdq", "--lang", "en", "--informant", "other");
        assertEquals(ExitCodes.USAGE, run.exit(), run.err());
        assertTrue(run.err().contains("other does not fill in this form; the informants are parent, teacher, self"),
                run.err());
    }
}
