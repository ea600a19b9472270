package se.hlt.assessment.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Read in chunks of every size, so that a CRLF or a lone CR falls on every chunk boundary. */
class LoneCarriageReturnGuardTest {

    @ParameterizedTest
    @ValueSource(ints = {1, 2, 3, 5, 8, 64})
    void passesLineBreaksThatTheCsvReaderReadsCorrectly(int chunk) throws IOException {
        String text = "a,b\r\n1,\"two\r\nlines\"\r\n2,\"x\ny\"\n3,z\r4,\"\"\"q\"\"\"\n";
        assertEquals(text, readAll(text, chunk));
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 2, 3, 5, 8, 64})
    void stopsAtALoneCarriageReturnInQuotesAndNamesItsRow(int chunk) {
        String text = "a,b\n1,x\r\n\n2,\"old\rmac\"\n3,y\n";
        LoneCarriageReturnGuard.LoneCarriageReturn e = assertThrows(LoneCarriageReturnGuard.LoneCarriageReturn.class,
                () -> readAll(text, chunk));
        assertEquals(4, e.row(), "header 1, row 2, blank line 3, then row 4");
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 2, 7})
    void aCarriageReturnEndingTheQuotedCellIsLoneToo(int chunk) {
        assertThrows(LoneCarriageReturnGuard.LoneCarriageReturn.class, () -> readAll("a\n\"x\r\"\n", chunk));
    }

    private static String readAll(String text, int chunk) throws IOException {
        StringBuilder sb = new StringBuilder();
        try (Reader reader = new LoneCarriageReturnGuard(new ChunkedReader(text, chunk))) {
            char[] buffer = new char[chunk];
            for (int n = reader.read(buffer, 0, chunk); n >= 0; n = reader.read(buffer, 0, chunk)) {
                sb.append(buffer, 0, n);
            }
        }
        return sb.toString();
    }

    /** Gives at most {@code chunk} characters per read. */
    private static final class ChunkedReader extends Reader {
        private final Reader text;
        private final int chunk;

        ChunkedReader(String text, int chunk) {
            this.text = new StringReader(text);
            this.chunk = chunk;
        }

        @Override
        public int read(char[] buffer, int offset, int length) throws IOException {
            return text.read(buffer, offset, Math.min(length, chunk));
        }

        @Override
        public void close() throws IOException {
            text.close();
        }
    }
}
