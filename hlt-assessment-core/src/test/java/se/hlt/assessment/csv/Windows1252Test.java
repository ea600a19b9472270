package se.hlt.assessment.csv;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.Charset;
import org.junit.jupiter.api.Test;

/** The fast path's table agrees with the JDK's Windows-1252 encoder on every character of the BMP beyond ASCII. */
class Windows1252Test {

    @Test
    void everyCharacterIsWrittenAsTheJdkWritesIt() {
        Charset windows1252 = Charset.forName("windows-1252");
        int encodable = 0;
        for (int c = 0x80; c <= 0xFFFF; c++) {
            if (Character.isSurrogate((char) c)) {
                continue; // never reaches the table: a lone surrogate is malformed UTF-8, for the decoder
            }
            byte[] jdk = String.valueOf((char) c).getBytes(windows1252);
            assertEquals(1, jdk.length);
            assertEquals(jdk[0], Windows1252.byteOf((char) c), "U+" + Integer.toHexString(c));
            encodable += jdk[0] == '?' ? 0 : 1;
        }
        // U+00A0-U+00FF, 1252's 27 own characters, and whatever of U+0080-U+009F this JDK maps
        assertTrue(encodable >= 96 + 27, "only " + encodable + " characters beyond ASCII encodable");
    }
}
