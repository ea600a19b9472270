package se.hlt.assessment.csv;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Reader;
import java.io.Writer;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * A pairs file as UTF-8 bytes, for {@link ByteCsvScanner}, which reads UTF-8 straight from the bytes (grouping
 * values compared and kept as bytes, read by halves on two threads). A UTF-8 file is read as it is. A Windows-1252
 * file is first copied as UTF-8 into a temporary file that is deleted as soon as it is open, so that nothing is
 * left behind however the run ends, and every byte rule of the scanner holds unchanged; the copy costs one pass,
 * paid only by such files. Bytes 1252 does not define stop the copy: the file is refused, naming the line.
 */
final class TranscodedChannel {

    private TranscodedChannel() {
    }

    /** What the start of {@code file} says about how to read it. */
    static CsvInputStart peek(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return CsvInputStart.peek(SdqRowReader.buffered(in), java.util.Optional.of(file));
        }
    }

    /** The encodings {@code starts} name, once each in order of appearance, e.g. {@code utf-8, windows-1252}. */
    static String encodings(java.util.List<CsvInputStart> starts) {
        return String.join(", ", starts.stream().map(s -> s.encoding().label()).distinct().toList());
    }

    /** How a cohort file is written: as the first pairs file of its {@code reading} was. */
    static CsvInputStart cohortFile(se.hlt.assessment.json.CohortReading reading) {
        TextEncoding first = TextEncoding.fromText(reading.encoding().split(",")[0]).orElse(TextEncoding.UTF_8);
        return new CsvInputStart(reading.utf8Bom(), reading.delimiter(), first, reading.crlf(), true);
    }

    /** {@code file} open for reading as UTF-8, read as {@code start} says it is encoded; or why it cannot be. */
    static Outcome<FileChannel> open(Path file, CsvInputStart start) throws IOException {
        if (start.refusal().isPresent()) {
            return Outcome.refused(start.refusal().get());
        }
        if (start.encoding() == TextEncoding.UTF_8) {
            return Outcome.done(FileChannel.open(file, StandardOpenOption.READ));
        }
        Path copy = Files.createTempFile("hlt-pairs-", ".utf8.csv");
        try {
            long line = 1;
            try (InputStream in = Files.newInputStream(file);
                 Reader text = new InputStreamReader(in, start.encoding().strictDecoder());
                 OutputStream out = Files.newOutputStream(copy);
                 Writer utf8 = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8))) {
                char[] chars = new char[1 << 16];
                for (int n = text.read(chars); n >= 0; n = text.read(chars)) {
                    utf8.write(chars, 0, n);
                    for (int i = 0; i < n; i++) {
                        line += chars[i] == '\n' ? 1 : 0;
                    }
                }
            } catch (java.nio.charset.CharacterCodingException e) {
                return Outcome.refused(start.undecodable(line));
            }
            return Outcome.done(FileChannel.open(copy, StandardOpenOption.READ));
        } finally {
            Files.deleteIfExists(copy); // the open channel still reads it; the name is gone at once
        }
    }
}
