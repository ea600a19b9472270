package se.hlt.assessment.csv;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Optional;

/**
 * What the first bytes of a CSV file say about how to read it, and so how to write the files made from it: its
 * encoding, whether it starts with a UTF-8 byte order mark, which delimiter its header line uses and how its
 * lines end.
 *
 * <p>Swedish spreadsheets write semicolons, others commas. The header decides: the delimiter is whichever of the
 * two occurs more often outside quotes on the header line (a comma when neither does). The encoding is told by
 * {@link EncodingSniffer} from the first megabyte; when that is all ASCII and the input is a file, the rest of it
 * is scanned up to its first byte beyond ASCII (a plain loop over bytes, a small part of a run's time), since an
 * export with ASCII column names may hold its first å many rows down.
 *
 * @param utf8Bom whether the file starts with a UTF-8 byte order mark (which is skipped, and repeated in the
 *     files written, so that spreadsheets read them as UTF-8 too)
 * @param delimiter {@code ,} or {@code ;}
 * @param encoding the encoding the file is read in (and its outputs written in, unless UTF-8 is asked for)
 * @param crlf whether the header line ends in CR LF, as files saved on Windows do; the outputs end theirs alike
 * @param readable false when the file is neither UTF-8 nor Windows-1252, to be refused
 */
record CsvInputStart(boolean utf8Bom, char delimiter, TextEncoding encoding, boolean crlf, boolean readable) {

    /** A header longer than this is judged by its first part; the encoding too. */
    private static final int PEEK_LIMIT = 1 << 20;
    /** Eight bytes of a byte array read as one long, and the high bit of each: set only beyond ASCII. */
    private static final VarHandle WORDS = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.nativeOrder());
    private static final long HIGH_BITS = 0x8080808080808080L;

    /** UTF-8 with LF line ends: the files a run writes when it has no input to follow. */
    static CsvInputStart utf8(char delimiter, boolean utf8Bom) {
        return new CsvInputStart(utf8Bom, delimiter, TextEncoding.UTF_8, false, true);
    }

    /** Reads the start of {@code in} as {@link #peek(BufferedInputStream, Optional)} does, without a file. */
    public static CsvInputStart peek(BufferedInputStream in) throws IOException {
        return peek(in, Optional.empty());
    }

    /**
     * Reads the start of {@code in} and leaves it positioned after the byte order mark, if any.
     *
     * @param in a stream at the start of the file; it must support mark and reset, as a buffered stream does
     * @param file the file {@code in} reads, when it is one, scanned further if its first megabyte is ASCII
     */
    public static CsvInputStart peek(BufferedInputStream in, Optional<Path> file) throws IOException {
        in.mark(PEEK_LIMIT + 1);
        byte[] window = in.readNBytes(PEEK_LIMIT);
        boolean more = in.read() >= 0;
        in.reset();
        EncodingSniffer.Verdict verdict = EncodingSniffer.of(window, window.length, more);
        if (verdict == EncodingSniffer.Verdict.ASCII && more && file.isPresent() && Files.isRegularFile(file.get())) {
            verdict = beyond(file.get(), window.length);
        }
        boolean bom = window.length >= 3 && (window[0] & 0xFF) == 0xEF && (window[1] & 0xFF) == 0xBB
                && (window[2] & 0xFF) == 0xBF;
        if (bom) {
            in.skipNBytes(3);
        }
        int commas = 0;
        int semicolons = 0;
        boolean quoted = false;
        boolean crlf = false;
        for (int i = bom ? 3 : 0; i < window.length; i++) {
            byte b = window[i];
            if (!quoted && (b == '\n' || b == '\r')) {
                crlf = b == '\r' && i + 1 < window.length && window[i + 1] == '\n';
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
        Optional<TextEncoding> encoding = bom ? Optional.of(TextEncoding.UTF_8) : EncodingSniffer.encoding(verdict);
        return new CsvInputStart(bom, semicolons > commas ? ';' : ',', encoding.orElse(TextEncoding.UTF_8), crlf,
                encoding.isPresent());
    }

    /**
     * The verdict on the rest of {@code file} from {@code from}: on 64 KiB from its first byte beyond ASCII. The
     * search tests eight bytes at a time, so that an ASCII file of a million rows costs a few hundredths of a
     * second more, not a second pass at the pace of the reader.
     */
    private static EncodingSniffer.Verdict beyond(Path file, long from) throws IOException {
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
            ByteBuffer buffer = ByteBuffer.allocate(1 << 20);
            byte[] bytes = buffer.array();
            for (long at = from; ; ) {
                buffer.clear();
                int read = channel.read(buffer, at);
                if (read <= 0) {
                    return EncodingSniffer.Verdict.ASCII;
                }
                int i = 0;
                while (i + Long.BYTES <= read && ((long) WORDS.get(bytes, i) & HIGH_BITS) == 0) {
                    i += Long.BYTES;
                }
                while (i < read && bytes[i] >= 0) {
                    i++;
                }
                if (i < read) {
                    ByteBuffer rest = ByteBuffer.allocate(1 << 16);
                    int n = Math.max(channel.read(rest, at + i), 0);
                    return EncodingSniffer.of(rest.array(), n, at + i + n < channel.size());
                }
                at += read;
            }
        }
    }

    /** The same without a byte order mark: for the parts of a file that are joined after its start. */
    CsvInputStart withoutBom() {
        return new CsvInputStart(false, delimiter, encoding, crlf, readable);
    }

    /** The refusal of a file in neither encoding. */
    Optional<Refusal> refusal() {
        return readable ? Optional.empty() : Optional.of(Refusal.of(RefusalKind.UNKNOWN_ENCODING, 1));
    }

    /** Why bytes could not be decoded from row {@code row} on: not UTF-8, or not Windows-1252 either. */
    Refusal undecodable(long row) {
        return Refusal.of(encoding == TextEncoding.UTF_8 ? RefusalKind.NOT_UTF8 : RefusalKind.UNKNOWN_ENCODING, row);
    }

    /**
     * How the files made from this input are written: in its encoding, or UTF-8 when {@code choice} says so
     * (with a byte order mark when the input had none of its own, so that a spreadsheet takes it for UTF-8).
     */
    CsvInputStart forOutput(OutputEncoding choice) {
        if (choice == OutputEncoding.UTF_8 && encoding != TextEncoding.UTF_8) {
            return new CsvInputStart(true, delimiter, TextEncoding.UTF_8, crlf, true);
        }
        return this;
    }
}
