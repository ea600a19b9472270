package se.hlt.assessment.csv;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedInputStream;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** The row estimate that sizes compare's stores: near the truth, and the stream left where it was. */
class RowEstimateTest {

    private static byte[] rows(int count) {
        StringBuilder s = new StringBuilder("id,date,age,sex\n");
        for (int i = 0; i < count; i++) {
            s.append("k-").append(i).append(",2025-03-14,").append(4 + i % 13).append(",f\n");
        }
        return s.toString().getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void aLargeFileIsEstimatedFromItsFirstLinesAndSize() throws IOException {
        byte[] file = rows(200_000);
        BufferedInputStream in = new BufferedInputStream(new ByteArrayInputStream(file), 1 << 16);
        int estimate = RowEstimate.of(in, file.length);
        assertTrue(estimate > 180_000 && estimate < 240_000, "estimate " + estimate);
        assertArrayEquals(file, in.readAllBytes(), "the stream is read from its start again");
    }

    @Test
    void aFileSmallerThanTheSampleIsCounted() throws IOException {
        byte[] file = rows(10);
        assertEquals(11, RowEstimate.of(new BufferedInputStream(new ByteArrayInputStream(file)), file.length));
        assertEquals(1, RowEstimate.of(new BufferedInputStream(new ByteArrayInputStream(new byte[0])), 0));
    }

    @Test
    void oneHugeLineIsNotAReasonToReserveMuch() throws IOException {
        byte[] file = ("x".repeat(1 << 17)).getBytes(StandardCharsets.UTF_8);
        assertEquals(1, RowEstimate.of(new BufferedInputStream(new ByteArrayInputStream(file)), 1L << 40));
    }
}
