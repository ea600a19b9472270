package se.hlt.assessment.csv;

import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Runs the batch on text in a temporary directory and reads back both files. */
final class BatchHarness {

    private static final SdqCsvBatch BATCH = SdqCsvBatch.builtIn();

    private final Path dir;

    BatchHarness(Path dir) {
        this.dir = dir;
    }

    Path input() {
        return dir.resolve("in.csv");
    }

    Path output() {
        return dir.resolve("out.csv");
    }

    Path errors() {
        return dir.resolve("out.errors.csv");
    }

    Ran run(String csv) {
        return run(csv, SdqBatchOptions.defaults());
    }

    Ran run(String csv, SdqBatchOptions options) {
        return runBytes(csv.getBytes(StandardCharsets.UTF_8), options);
    }

    Ran runBytes(byte[] bytes, SdqBatchOptions options) {
        try {
            Files.write(input(), bytes);
            Outcome<BatchSummary> outcome = BATCH.run(input(), output(), errors(), options);
            return new Ran(outcome, bytesOf(output()), bytesOf(errors()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static byte[] bytesOf(Path file) throws IOException {
        return Files.exists(file) ? Files.readAllBytes(file) : new byte[0];
    }

    /**
     * What a run gave.
     *
     * @param outcome completed or refused
     * @param outputBytes the output file, empty when none was written
     * @param errorBytes the errors file, empty when none was written
     */
    record Ran(Outcome<BatchSummary> outcome, byte[] outputBytes, byte[] errorBytes) {

        BatchSummary summary() {
            return outcome.summary().orElseThrow(() -> new AssertionError(
                    "refused: " + outcome.refusal().orElseThrow().message()));
        }

        Refusal refusal() {
            return outcome.refusal().orElseThrow(() -> new AssertionError("not refused: " + outcome));
        }

        String outputText() {
            return new String(outputBytes, StandardCharsets.UTF_8);
        }

        String errorsText() {
            return new String(errorBytes, StandardCharsets.UTF_8);
        }

        /** The output's records (header first), read with {@code delimiter}. */
        List<List<String>> output(char delimiter) {
            return records(outputText(), delimiter);
        }

        List<List<String>> output() {
            return output(',');
        }

        /** The errors file's records (header first). */
        List<List<String>> errors(char delimiter) {
            return records(errorsText(), delimiter);
        }

        List<List<String>> errors() {
            return errors(',');
        }

        /** One cell of the output: data row {@code dataRow} (0 = first after the header), column by name. */
        String cell(int dataRow, String column) {
            List<List<String>> records = output();
            int c = records.get(0).indexOf(column);
            if (c < 0) {
                throw new AssertionError("no output column " + column + " in " + records.get(0));
            }
            return records.get(dataRow + 1).get(c);
        }

        private static List<List<String>> records(String text, char delimiter) {
            String withoutBom = text.startsWith("\uFEFF") ? text.substring(1) : text;
            List<List<String>> records = new ArrayList<>();
            try (CsvReader<CsvRecord> reader = CsvReader.builder().fieldSeparator(delimiter)
                    .ofCsvRecord(new StringReader(withoutBom))) {
                reader.forEach(r -> records.add(r.getFields()));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return records;
        }
    }
}
