package se.hlt.assessment.csv;

import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** Reads CSV bytes back with FastCSV's own records, for tests that check what a writer wrote. */
final class CsvFields {

    private CsvFields() {
    }

    /** Every line's fields as FastCSV reads them, blank lines kept. */
    static List<List<String>> read(byte[] bytes, char delimiter) throws IOException {
        List<List<String>> lines = new ArrayList<>();
        try (CsvReader<CsvRecord> reader = CsvReader.builder().fieldSeparator(delimiter).skipEmptyLines(false)
                .allowMissingFields(true).allowExtraFields(true)
                .ofCsvRecord(new String(bytes, StandardCharsets.UTF_8))) {
            reader.forEach(r -> lines.add(r.getFields()));
        }
        return lines;
    }
}
