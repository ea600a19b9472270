package se.hlt.assessment.csv;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

/** The index finds its slots by masking, so only a power of two is a size it can start with. */
class PoolIndexTest {

    @Test
    void aSizeThatIsNotAPowerOfTwoIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> new PoolIndex(1_100_000));
        assertThrows(IllegalArgumentException.class, () -> new PoolIndex(0));
        assertEquals(0, new PoolIndex(256).size());
    }
}
