package se.hlt.assessment.csv;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.statistics.Statistics;
import net.jqwik.api.statistics.StatisticsReport;
import se.hlt.assessment.privacy.SyntheticIdentityNumbers;
import se.hlt.assessment.scoring.Scorer;

/**
 * A file read by two threads, each from its half ({@link SdqBatchHalves}), gives what one thread gives: the same
 * output and errors files, byte for byte, and the same summary or refusal. The files are small and hostile: bad
 * codes and ages, unread sex codes, blank lines, short rows, quoted cells with delimiters, quotes and line breaks,
 * stray quotes that swallow the rest of the file, spreadsheet formulas, personal identity numbers, CR LF or LF,
 * comma or semicolon, with or without a byte order mark. Where the halves cannot be kept (the cut falls inside a
 * quoted cell, a half is refused), the batch reads the file again by one thread; that it then gives the same is
 * checked through {@link SdqCsvBatch} itself.
 */
class SdqBatchHalvesProperties {

    private static final Scorer SCORER = Scorer.builtIn();
    private static final String NUMBER = SyntheticIdentityNumbers.withDash(
            SyntheticIdentityNumbers.tenDigits("120517", "123"));
    private static final String[] ANSWERS = {"0", "1", "2", "0", "1", "2", "", " 1", "3", "x"};
    private static final String[] AGES = {"9", "15", "", "7", "abc", "40"};
    private static final String[] SEXES = {"m", "f", "girl", "", "1", "2"};

    @Property(tries = 150)
    @StatisticsReport(StatisticsReport.StatisticsReportMode.OFF) // the coverage is checked, not printed
    void twoHalvesWriteWhatOneThreadWrites(@ForAll @IntRange(min = 2, max = 40) int rows, @ForAll long seed,
                                           @ForAll boolean crlf, @ForAll boolean semicolons,
                                           @ForAll boolean bom) {
        byte[] file = hostileFile(rows, new Random(seed), crlf ? "\r\n" : "\n", semicolons ? ";" : ",", bom);
        TempDirs.inFreshDir(dir -> {
            BatchHarness.Ran one = run(dir.resolve("one"), file, SdqCsvBatch.builtIn());
            Optional<BatchHarness.Ran> halves = byHalves(dir.resolve("halves"), file);
            Statistics.label("read by halves").collect(halves.isPresent());
            Statistics.label("read by halves").coverage(c -> c.check(true).percentage(p -> p >= 40));
            halves.ifPresent(two -> assertSame(one, two));
            assertSame(one, run(dir.resolve("split"), file, SdqCsvBatch.builtIn().splittingAbove(0)));
            return null;
        });
    }

    /** The count before the cut, eight bytes at a time where it can, is that of a byte-by-byte reading. */
    @Property(tries = 200)
    void theCountBeforeTheCutIsThatOfAByteByByteReading(@ForAll long seed,
                                                         @ForAll @IntRange(min = 0, max = 300) int length) {
        Random random = new Random(seed);
        byte[] bytes = new byte[length];
        byte[] alphabet = "\"\r\n,1a".getBytes(StandardCharsets.US_ASCII);
        for (int i = 0; i < length; i++) {
            bytes[i] = random.nextInt(4) == 0 ? alphabet[random.nextInt(alphabet.length)] : (byte) '1';
        }
        long records = 0;
        long lines = 0;
        boolean quoted = false;
        for (int i = 0; i < length; i++) {
            if (bytes[i] == '"') {
                quoted = !quoted;
            } else if (bytes[i] == '\r' || (bytes[i] == '\n' && (i == 0 || bytes[i - 1] != '\r'))) {
                lines++;
                records += quoted ? 0 : 1;
            }
        }
        long expectedRecords = records;
        long expectedLines = lines;
        TempDirs.inFreshDir(dir -> {
            try (java.nio.channels.FileChannel channel = java.nio.channels.FileChannel.open(
                    Files.write(dir.resolve("bytes"), bytes))) {
                assertEquals(new SplitPoint(length, expectedRecords, expectedLines),
                        SplitPoint.count(channel, 0, length));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return null;
        });
    }

    @Example
    void aQuotedLineBreakAcrossTheCutIsReadAgainByOneThread() {
        StringBuilder csv = new StringBuilder(String.join(",", SdqCsv.withPrefix("p", "note").columns()))
                .append('\n');
        String row = "r," + "1,".repeat(SdqCsv.ITEMS.size()) + ",".repeat(SdqCsv.IMPACT.size()); // the note follows
        csv.append(row).append("ok\n").append(row).append("\"a note\n");
        for (int i = 0; i < 40; i++) {
            csv.append("that runs on\n");
        }
        csv.append("and ends\"\n").append(row).append("ok\n");
        byte[] file = csv.toString().getBytes(StandardCharsets.UTF_8);
        TempDirs.inFreshDir(dir -> {
            assertTrue(byHalves(dir.resolve("halves"), file).isEmpty(), "the cut lies inside the note");
            BatchHarness.Ran one = run(dir.resolve("one"), file, SdqCsvBatch.builtIn());
            assertEquals(3, one.summary().rows());
            assertSame(one, run(dir.resolve("split"), file, SdqCsvBatch.builtIn().splittingAbove(0)));
            return null;
        });
    }

    @Example
    void aPlainFileIsReadByHalvesAndNumberedAsAWhole() {
        SdqCsv csv = SdqCsv.withPrefix("p", "age");
        for (int i = 0; i < 30; i++) {
            csv.row("r" + i, i == 25 ? "7" : "1", SdqCsv.cells("age", "9"));
        }
        byte[] file = csv.text().getBytes(StandardCharsets.UTF_8);
        TempDirs.inFreshDir(dir -> {
            BatchHarness.Ran two = byHalves(dir.resolve("halves"), file).orElseThrow();
            assertEquals(30, two.summary().rows());
            assertEquals(1, two.summary().errors());
            assertTrue(two.errorsText().contains("\n27,r25,"), "row 27 of the file: " + two.errorsText());
            return null;
        });
    }

    private static void assertSame(BatchHarness.Ran one, BatchHarness.Ran two) {
        assertEquals(one.outcome(), two.outcome());
        assertArrayEquals(one.outputBytes(), two.outputBytes(), () -> two.outputText());
        assertArrayEquals(one.errorBytes(), two.errorBytes(), () -> two.errorsText());
    }

    private static BatchHarness.Ran run(Path dir, byte[] file, SdqCsvBatch batch) {
        try {
            Files.createDirectories(dir);
            Files.write(dir.resolve("in.csv"), file);
            Outcome<BatchSummary> outcome = batch.run(dir.resolve("in.csv"), dir.resolve("out.csv"),
                    dir.resolve("out.errors.csv"), SdqBatchOptions.defaults());
            return new BatchHarness.Ran(outcome, bytes(dir.resolve("out.csv")), bytes(dir.resolve("out.errors.csv")));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The file read by halves, committed as the batch commits; empty when the halves were not kept. */
    private static Optional<BatchHarness.Ran> byHalves(Path dir, byte[] file) {
        try {
            Files.createDirectories(dir);
            Path input = Files.write(dir.resolve("in.csv"), file);
            SdqBatchOptions options = SdqBatchOptions.defaults();
            SdqBatchRun batch = new SdqBatchRun(SCORER, new SdqVocabulary(SCORER), options);
            try (PendingFile output = PendingFile.beside(dir.resolve("out.csv"));
                 PendingFile errors = PendingFile.beside(dir.resolve("out.errors.csv"))) {
                Optional<Outcome<BatchSummary>> outcome = new SdqBatchHalves(batch, batch.reader(), options)
                        .run(input, output, errors, ProgressListener.NONE);
                if (outcome.isPresent() && outcome.get() instanceof Outcome.Done) {
                    output.commit();
                    errors.commit();
                }
                return outcome.map(o -> new BatchHarness.Ran(o, bytes(dir.resolve("out.csv")),
                        bytes(dir.resolve("out.errors.csv"))));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static byte[] bytes(Path file) {
        try {
            return Files.exists(file) ? Files.readAllBytes(file) : new byte[0];
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** {@code rows} rows of an id, the items, the impact questions, age, sex and a note; some of them hostile. */
    private static byte[] hostileFile(int rows, Random random, String lineEnd, String delimiter, boolean bom) {
        List<String> columns = SdqCsv.withPrefix("p", "age", "sex", "note").columns();
        String quote = "\"";
        String[] notes = {"ok", "", quote + "a" + delimiter + "b" + quote, quote + "two" + lineEnd + "lines" + quote,
            quote + "he said " + quote + quote + "hi" + quote + quote + quote, "=1+1", "-3", "åäö"};
        StringBuilder text = new StringBuilder(bom ? "\uFEFF" : "").append(String.join(delimiter, columns))
                .append(lineEnd);
        for (int r = 0; r < rows; r++) {
            int kind = random.nextInt(40);
            if (kind == 0) {
                text.append(lineEnd); // a blank line
                continue;
            }
            if (kind == 1) {
                text.append("short").append(delimiter).append("row").append(lineEnd);
                continue;
            }
            List<String> cells = new ArrayList<>();
            cells.add(random.nextInt(10) == 0 ? "" : "id-" + r);
            for (int c = 1; c < columns.size() - 3; c++) {
                cells.add(random.nextInt(4) == 0 ? ANSWERS[random.nextInt(ANSWERS.length)] : "1");
            }
            cells.add(AGES[random.nextInt(AGES.length)]);
            cells.add(SEXES[random.nextInt(SEXES.length)]);
            String note = notes[random.nextInt(notes.length)];
            if (kind == 2) {
                note = quote + "oops"; // a stray quote: the rest of the file is one cell
            } else if (kind == 3) {
                note = "mamma " + NUMBER; // refuses the file
            }
            cells.add(note);
            text.append(String.join(delimiter, cells)).append(lineEnd);
        }
        return text.toString().getBytes(StandardCharsets.UTF_8);
    }
}
