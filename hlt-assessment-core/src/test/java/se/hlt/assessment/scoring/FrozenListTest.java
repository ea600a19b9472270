package se.hlt.assessment.scoring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The engine's lists are immutable lists like the JDK's, kept as they are by results; any other list is copied. */
class FrozenListTest {

    @Test
    void aFrozenListIsAnImmutableListOfItsElements() {
        List<String> frozen = FrozenList.over(new String[] {"a", "b", "c"});
        assertEquals(List.of("a", "b", "c"), frozen);
        assertEquals(List.of("a", "b", "c").hashCode(), frozen.hashCode());
        assertEquals("[a, b, c]", frozen.toString());
        assertThrows(UnsupportedOperationException.class, () -> frozen.set(0, "x"));
        assertThrows(UnsupportedOperationException.class, () -> frozen.add("d"));
        assertThrows(IndexOutOfBoundsException.class, () -> frozen.get(3));
        assertThrows(NullPointerException.class, () -> FrozenList.over(new String[] {"a", null}));
        assertSame(List.of(), FrozenList.over(new String[0]));
    }

    @Test
    void resultsKeepTheEnginesListsAndCopyOthers() {
        List<String> frozen = FrozenList.over(new String[] {"a"});
        assertSame(frozen, FrozenList.copyOf(frozen));
        List<String> mutable = new ArrayList<>(List.of("a"));
        List<String> copy = FrozenList.copyOf(mutable);
        assertNotSame(mutable, copy);
        mutable.add("b");
        assertEquals(List.of("a"), copy, "a caller's later change does not reach the copy");
    }

    @Test
    void formsWithTheSameReportedAnswersShareOneEqualList() {
        Scorer scorer = Scorer.builtIn();
        PreparedInstrument instrument = scorer.prepared("sdq-p-4-17-baseline").orElseThrow();
        int[] codes = new int[instrument.questionNames().size()];
        java.util.Arrays.fill(codes, PreparedInstrument.MISSING);
        FormResult first = instrument.score(codes, FormContext.none());
        codes[instrument.questionNames().indexOf("ebddiff")] = 1;
        FormResult answered = instrument.score(codes, FormContext.none());
        FormResult again = instrument.score(codes.clone(), FormContext.none());
        assertEquals(first.reported().size(), answered.reported().size());
        assertEquals(answered.reported(), again.reported());
        assertSame(answered.reported(), again.reported());
        assertEquals(java.util.OptionalInt.of(1), answered.reported().stream()
                .filter(r -> r.question().equals("ebddiff")).findFirst().orElseThrow().code());
        assertEquals(java.util.OptionalInt.empty(), first.reported().stream()
                .filter(r -> r.question().equals("ebddiff")).findFirst().orElseThrow().code());
    }
}
