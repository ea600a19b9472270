package se.hlt.assessment.csv;

import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import se.hlt.assessment.data.Checked;
import se.hlt.assessment.series.ExpectedResponse;
import se.hlt.assessment.series.ExpectedRow;
import se.hlt.assessment.text.DecimalText;

/**
 * Reads a user's expected treatment response table from CSV: one row per intake range and session, with the columns
 * {@code intake_from}, {@code intake_to}, {@code session}, {@code expected} and {@code lower} (totals 0.0&ndash;40.0,
 * one decimal, a decimal point or a decimal comma; comma or semicolon separated, as the header shows).
 *
 * <pre>
 * intake_from;intake_to;session;expected;lower
 * 15,0;19,9;2;20,5;18,0
 * </pre>
 */
public final class ExpectedResponseCsv {

    private static final List<String> COLUMNS = List.of("intake_from", "intake_to", "session", "expected", "lower");

    private ExpectedResponseCsv() {
    }

    /**
     * Reads a table file.
     *
     * @return the table, or every problem found, each naming the row and the column
     */
    public static Checked<ExpectedResponse> read(Path file) {
        String text;
        try {
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException | UncheckedIOException e) {
            return Checked.failed(List.of(file + ": cannot be read as UTF-8 text"));
        }
        return read(text, file.getFileName().toString());
    }

    /**
     * Reads a table from CSV text.
     *
     * @param origin the file's name, for the problems
     */
    static Checked<ExpectedResponse> read(String text, String origin) {
        String body = text.startsWith("\uFEFF") ? text.substring(1) : text;
        String firstLine = body.lines().findFirst().orElse("");
        char delimiter = firstLine.chars().filter(c -> c == ';').count() > firstLine.chars().filter(c -> c == ',')
                .count() ? ';' : ',';
        List<List<String>> records = new ArrayList<>();
        try (CsvReader<CsvRecord> reader = CsvReader.builder().fieldSeparator(delimiter).ofCsvRecord(body)) {
            reader.forEach(r -> records.add(r.getFields()));
        } catch (IOException | RuntimeException e) {
            return Checked.failed(List.of(origin + ": cannot be read as CSV"));
        }
        if (records.isEmpty()) {
            return Checked.failed(List.of(origin + ": empty; the header is " + String.join(",", COLUMNS)));
        }
        List<String> header = records.get(0).stream().map(h -> h.strip().toLowerCase(java.util.Locale.ROOT)).toList();
        int[] position = new int[COLUMNS.size()];
        List<String> problems = new ArrayList<>();
        for (int c = 0; c < COLUMNS.size(); c++) {
            position[c] = header.indexOf(COLUMNS.get(c));
            if (position[c] < 0) {
                problems.add(origin + ": the header has no column " + COLUMNS.get(c));
            }
        }
        if (!problems.isEmpty()) {
            return Checked.failed(problems);
        }
        List<ExpectedRow> rows = new ArrayList<>();
        for (int r = 1; r < records.size(); r++) {
            List<String> cells = records.get(r);
            if (cells.size() == 1 && cells.get(0).isBlank()) {
                continue;
            }
            String where = origin + ", row " + (r + 1);
            BigDecimal[] values = new BigDecimal[COLUMNS.size()];
            boolean readable = true;
            for (int c = 0; c < COLUMNS.size(); c++) {
                String cell = position[c] < cells.size() ? cells.get(position[c]) : "";
                int decimals = COLUMNS.get(c).equals("session") ? 0 : 1;
                long units = DecimalText.scan(cell, decimals);
                if (DecimalText.isSentinel(units) || units < 0) {
                    problems.add(where + ", " + COLUMNS.get(c) + ": " + se.hlt.assessment.scoring.Problem.shown(cell)
                            + (decimals == 0 ? " is not a session number" : " is not a total with one decimal"));
                    readable = false;
                } else {
                    values[c] = BigDecimal.valueOf(units, decimals);
                }
            }
            if (readable) {
                try {
                    rows.add(new ExpectedRow(values[0], values[1], values[2].intValueExact(), values[3], values[4]));
                } catch (IllegalArgumentException e) {
                    problems.add(where + ": " + e.getMessage());
                }
            }
        }
        if (problems.isEmpty()) {
            try {
                return Checked.ok(new ExpectedResponse(rows));
            } catch (IllegalArgumentException e) {
                problems.add(origin + ": " + e.getMessage());
            }
        }
        return Checked.failed(problems);
    }
}
