package se.hlt.assessment.io.sessions;

import java.io.BufferedInputStream;
import java.io.IOException;

/**
 * What the first bytes of a CSV file say about how to read it: a UTF-8 byte order mark or not, and the delimiter.
 * Swedish spreadsheets write semicolons, others commas: the delimiter is whichever of the two the header line has
 * more of outside quotes (a comma when it has neither).
 *
 * @param utf8Bom whether the file starts with a UTF-8 byte order mark (skipped; the files written start with one
 *     too, so that a spreadsheet reads them as UTF-8 as well)
 * @param delimiter {@code ,} or {@code ;}
 */
record CsvHead(boolean utf8Bom, char delimiter) {

    /** A header longer than this is judged by its first part. */
    private static final int PEEK_LIMIT = 1 << 16;

    /** The decimal separator the files written use: a comma in a semicolon file, as Swedish spreadsheets expect. */
    char decimalSeparator() {
        return delimiter == ';' ? ',' : '.';
    }

    /**
     * Reads the start of {@code in} and leaves it after the byte order mark, if any.
     *
     * @param in a stream at the start of the file (it must support mark and reset, as a buffered stream does)
     */
    static CsvHead peek(BufferedInputStream in) throws IOException {
        in.mark(3);
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
                quoted = !quoted; // a doubled quote inside quotes toggles twice, which is right
            } else if (!quoted && b == ',') {
                commas++;
            } else if (!quoted && b == ';') {
                semicolons++;
            }
        }
        in.reset();
        return new CsvHead(bom, semicolons > commas ? ';' : ',');
    }
}
