package se.hlt.assessment.csv;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.util.Arrays;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class BackgroundOutputTest {

    @Test
    void writesEverythingInOrder() throws IOException {
        ByteArrayOutputStream target = new ByteArrayOutputStream();
        ByteArrayOutputStream expected = new ByteArrayOutputStream();
        SplittableRandom random = new SplittableRandom(7);
        try (BackgroundOutput output = new BackgroundOutput(target, "test-writer")) {
            for (int i = 0; i < 2_000; i++) {
                byte[] piece = new byte[random.nextInt(1, 3_000)];
                Arrays.fill(piece, (byte) ('a' + i % 26));
                output.write(piece, 0, piece.length);
                expected.write(piece);
            }
            byte[] large = "0123456789".repeat(50_000).getBytes(java.nio.charset.StandardCharsets.US_ASCII);
            output.write(large, 3, large.length - 3);
            expected.write(large, 3, large.length - 3);
            output.write('!');
            expected.write('!');
        }
        assertArrayEquals(expected.toByteArray(), target.toByteArray());
    }

    @Test
    void aFailedWriteIsThrownToTheWriterWithoutHanging() {
        OutputStream failing = new OutputStream() {
            @Override
            public void write(int b) throws IOException {
                throw new IOException("disk full");
            }

            @Override
            public void write(byte[] buffer, int offset, int length) throws IOException {
                throw new IOException("disk full");
            }
        };
        byte[] chunk = new byte[10_000];
        IOException e = assertThrows(IOException.class, () -> {
            try (BackgroundOutput output = new BackgroundOutput(failing, "test-writer")) {
                for (int i = 0; i < 1_000; i++) {
                    output.write(chunk, 0, chunk.length);
                }
            }
        });
        assertTrue(e.getMessage().contains("disk full"), e.getMessage());
    }

    @Test
    void closingTwiceIsHarmless() throws IOException {
        ByteArrayOutputStream target = new ByteArrayOutputStream();
        BackgroundOutput output = new BackgroundOutput(target, "test-writer");
        output.write("abc".getBytes(java.nio.charset.StandardCharsets.US_ASCII), 0, 3);
        output.close();
        output.close();
        assertEquals("abc", target.toString(java.nio.charset.StandardCharsets.US_ASCII));
    }
}
