package se.hlt.assessment.csv;

import java.io.BufferedInputStream;
import java.io.IOException;

/**
 * What the first bytes of a CSV file say about how to read it: whether it starts with a UTF-8 byte order mark,
 * and which delimiter its header line uses.
 *
 * <p>Swedish spreadsheets write semicolons, others commas. The header decides: the delimiter is whichever of the
 * two occurs more often outside quotes on the header line (a comma when neither does).
 *
 * @param utf8Bom whether the file starts with a UTF-8 byte order mark (which is skipped, and repeated in the
 *     files written, so that spreadsheets read them as UTF-8 too)
 * @param delimiter {@code ,} or {@code ;}
 */
record CsvInputStart(boolean utf8Bom, char delimiter) {

    /** A header longer than this is judged by its first part. */
    private static final int PEEK_LIMIT = 1 << 20;

    /**
     * Reads the start of {@code in} and leaves it positioned after the byte order mark, if any.
     *
     * @param in a stream at the start of the file; it must support mark and reset, as a buffered stream does
     */
    public static CsvInputStart peek(BufferedInputStream in) throws IOException {
        in.mark(PEEK_LIMIT + 3);
        boolean bom = in.read() == 0xEF && in.read() == 0xBB && in.read() == 0xBF;
        in.reset();
        if (bom) {
            in.skipNBytes(3);
        }
        in.mark(PEEK_LIMIT);
        int commas = 0;
        int semicolons = 0;
        boolean quoted = false;
        for (int i = 0; i < PEEK_LIMIT; i++) {
            int b = in.read();
            if (b < 0 || (!quoted && (b == '\n' || b == '\r'))) {
                break;
            }
            if (b == '"') {
                quoted = !quoted; // a doubled quote inside a quoted field toggles twice, which is right
            } else if (!quoted && b == ',') {
                commas++;
            } else if (!quoted && b == ';') {
                semicolons++;
            }
        }
        in.reset();
        return new CsvInputStart(bom, semicolons > commas ? ';' : ',');
    }
}
