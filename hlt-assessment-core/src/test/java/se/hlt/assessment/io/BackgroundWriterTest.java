package se.hlt.assessment.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringWriter;
import java.io.Writer;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class BackgroundWriterTest {

    @Test
    void writesEverythingInOrder() throws IOException {
        StringWriter target = new StringWriter();
        StringBuilder expected = new StringBuilder();
        SplittableRandom random = new SplittableRandom(7);
        try (BackgroundWriter writer = new BackgroundWriter(target, "test-writer")) {
            for (int i = 0; i < 2_000; i++) {
                char[] piece = new char[random.nextInt(1, 3_000)];
                java.util.Arrays.fill(piece, (char) ('a' + i % 26));
                writer.write(piece, 0, piece.length);
                expected.append(piece);
            }
            char[] large = "0123456789".repeat(50_000).toCharArray();
            writer.write(large, 3, large.length - 3);
            expected.append(large, 3, large.length - 3);
        }
        assertEquals(expected.length(), target.toString().length());
        assertEquals(expected.toString(), target.toString());
    }

    @Test
    void aFailedWriteIsThrownToTheWriterWithoutHanging() {
        Writer failing = new Writer() {
            @Override
            public void write(char[] buffer, int offset, int length) throws IOException {
                throw new IOException("disk full");
            }

            @Override
            public void flush() {
            }

            @Override
            public void close() {
            }
        };
        char[] chunk = new char[10_000];
        IOException e = assertThrows(IOException.class, () -> {
            try (BackgroundWriter writer = new BackgroundWriter(failing, "test-writer")) {
                for (int i = 0; i < 1_000; i++) {
                    writer.write(chunk, 0, chunk.length);
                }
            }
        });
        assertTrue(e.getMessage().contains("disk full"), e.getMessage());
    }

    @Test
    void closingTwiceIsHarmless() throws IOException {
        StringWriter target = new StringWriter();
        BackgroundWriter writer = new BackgroundWriter(target, "test-writer");
        writer.write("abc".toCharArray(), 0, 3);
        writer.close();
        writer.close();
        assertEquals("abc", target.toString());
    }
}
