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
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Runs the pairing on texts in a temporary directory and reads back the three files. */
final class CompareHarness {

    private static final SdqPairsCsv PAIRS = SdqPairsCsv.builtIn();

    private final Path dir;

    CompareHarness(Path dir) {
        this.dir = dir;
    }

    Path pairs() {
        return dir.resolve("pairs.csv");
    }

    Path unpaired() {
        return dir.resolve("pairs.unmatched.csv");
    }

    Path errors() {
        return dir.resolve("pairs.errors.csv");
    }

    /** Pairs a baseline text with a follow-up text. */
    Ran two(String baselines, String followUps, CompareOptions options) {
        Path b = write("baseline.csv", baselines);
        Path f = write("followup.csv", followUps);
        return run(CompareInput.twoFiles(b, f), options);
    }

    /** Pairs the rows of one text with a timepoint column. */
    Ran one(String forms, CompareOptions options) {
        return run(CompareInput.oneFile(write("forms.csv", forms)), options);
    }

    Ran run(CompareInput input, CompareOptions options) {
        try {
            Outcome<CompareSummary> outcome = PAIRS.run(input, new CompareOutputs(pairs(), unpaired(), errors()), options,
                    ProgressListener.NONE);
            return new Ran(outcome, text(pairs()), text(unpaired()), text(errors()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    Path write(String name, String text) {
        try {
            return Files.writeString(dir.resolve(name), text, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String text(Path file) throws IOException {
        return Files.exists(file) ? Files.readString(file, StandardCharsets.UTF_8) : "";
    }

    /**
     * What a run gave: its outcome and the three files' texts (empty when not written).
     */
    record Ran(Outcome<CompareSummary> outcome, String pairsText, String unpairedText, String errorsText) {

        CompareSummary summary() {
            return outcome.summary().orElseThrow(() -> new AssertionError(
                    "refused: " + outcome.refusal().orElseThrow().message()));
        }

        Outcome.Refused<CompareSummary> refused() {
            if (outcome instanceof Outcome.Refused<CompareSummary> r) {
                return r;
            }
            throw new AssertionError("not refused: " + outcome);
        }

        List<Map<String, String>> pairs() {
            return rows(pairsText);
        }

        List<Map<String, String>> unpaired() {
            return rows(unpairedText);
        }

        List<Map<String, String>> errors() {
            return rows(errorsText);
        }

        /** The pair of child {@code id}, by column. */
        Map<String, String> pair(String id) {
            return pairs().stream().filter(p -> p.get("id").equals(id)).findFirst()
                    .orElseThrow(() -> new AssertionError("no pair " + id + " in " + pairsText));
        }

        static List<String> header(String text) {
            return records(text).get(0);
        }

        /** The data rows of a CSV text, each as column &rarr; cell. */
        static List<Map<String, String>> rows(String text) {
            List<List<String>> records = records(text);
            List<Map<String, String>> rows = new ArrayList<>();
            for (List<String> r : records.subList(1, records.size())) {
                Map<String, String> row = new HashMap<>();
                for (int c = 0; c < r.size(); c++) {
                    row.put(records.get(0).get(c), r.get(c));
                }
                rows.add(row);
            }
            return rows;
        }

        static List<List<String>> records(String text) {
            String withoutBom = text.startsWith("\uFEFF") ? text.substring(1) : text;
            char delimiter = withoutBom.indexOf(';') >= 0 && withoutBom.indexOf(';') < withoutBom.indexOf('\n')
                    ? ';' : ',';
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
