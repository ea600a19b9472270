package se.hlt.assessment.csv;

import de.siegmar.fastcsv.reader.CsvParseException;
import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.CharacterCodingException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import se.hlt.assessment.instrument.Informant;
import se.hlt.assessment.privacy.PersonalIdentityNumbers;
import se.hlt.assessment.scoring.ProblemKind;

/**
 * Reads an ORS series file, as {@code hlt batch ors --series} writes it (one row per client, episode and rater:
 * sessions, intake and latest total, change, cut-off, reliable change, clinically significant improvement), so
 * that pairing can add it to the pairs file: intake against latest, one row per client and rater.
 *
 * <p>Comma or semicolon, decimal point or comma, BOM, as that command writes. A row whose cells cannot be read
 * goes to the pairing's errors file; a client or episode cell that looks like a personal identity number
 * refuses the file. The file is small (one row per client and rater), so it is read whole.
 */
final class OrsSeriesFile {

    static final List<String> COLUMNS = List.of("client", "episode", "rater", "sessions", "intake_session",
            "intake_total", "latest_session", "latest_total", "change", "cutoff", "reliable_change_points",
            "reliable_change", "clinically_significant");
    private static final List<String> DECIMALS = List.of("intake_total", "latest_total", "change", "cutoff",
            "reliable_change_points");
    private static final List<String> WHOLE = List.of("sessions", "intake_session", "latest_session");
    private static final List<String> CHANGES = List.of("improved", "no_reliable_change", "deteriorated");

    /**
     * What the file holds.
     *
     * @param rows the rows that could be read
     * @param rejected the rows that could not, each with its problems
     * @param blankLines the completely empty lines skipped
     * @param encoding the encoding the file was read in, which a run's summary names with its other inputs'
     */
    record Read(List<OrsSeriesRow> rows, List<Rejected> rejected, long blankLines, TextEncoding encoding) {
    }

    /** A row that could not be read. */
    record Rejected(long row, String client, RowProblems problems) {
    }

    private OrsSeriesFile() {
    }

    /** Reads {@code file}, or says why it is refused. */
    static Outcome<Read> read(Path file) throws IOException {
        try (InputStream stream = Files.newInputStream(file)) {
            BufferedInputStream in = SdqRowReader.buffered(stream);
            CsvInputStart start = CsvInputStart.peek(in, Optional.of(file));
            if (start.refusal().isPresent()) {
                return Outcome.refused(start.refusal().get());
            }
            InputStreamReader text = new InputStreamReader(in, start.encoding().strictDecoder());
            List<CsvRecord> records = new ArrayList<>();
            try (CsvReader<CsvRecord> reader = CsvReader.builder().fieldSeparator(start.delimiter())
                    .skipEmptyLines(false).allowExtraFields(true).allowMissingFields(true).ofCsvRecord(text)) {
                reader.forEach(records::add);
            } catch (UncheckedIOException e) {
                if (e.getCause() instanceof CharacterCodingException) {
                    return Outcome.refused(start.undecodable(records.size() + 1));
                }
                throw e.getCause();
            } catch (CsvParseException e) {
                return Outcome.refused(RefusalKind.UNREADABLE_CSV, records.size() + 1);
            }
            return rows(records, start.encoding());
        }
    }

    private static Outcome<Read> rows(List<CsvRecord> records, TextEncoding encoding) {
        if (records.isEmpty()) {
            return Outcome.refused(RefusalKind.EMPTY_FILE);
        }
        List<String> header = records.get(0).getFields().stream().map(h -> h.trim().toLowerCase(Locale.ROOT))
                .toList();
        for (int c = 0; c < header.size(); c++) {
            if (PersonalIdentityNumbers.looksLike(header.get(c))) {
                return Outcome.refused(RefusalKind.PERSONAL_IDENTITY_NUMBER, String.valueOf(c + 1), 1);
            }
        }
        int[] at = COLUMNS.stream().mapToInt(header::indexOf).toArray();
        if (Arrays.stream(at).anyMatch(i -> i < 0)) {
            return Outcome.refused(RefusalKind.NOT_A_SERIES_FILE);
        }
        List<OrsSeriesRow> rows = new ArrayList<>();
        List<Rejected> rejected = new ArrayList<>();
        long blank = 0;
        for (int r = 1; r < records.size(); r++) {
            CsvRecord record = records.get(r);
            long row = r + 1;
            if (record.getFieldCount() == 1 && record.getField(0).isEmpty()) {
                blank++;
                continue;
            }
            long lineBreaks = record.getFields().stream().flatMapToInt(String::chars).filter(c -> c == '\n').count();
            boolean shifted = lineBreaks > 0 || record.getFieldCount() != header.size();
            // a row that runs over lines holds what an open quote swallowed, a row of the wrong width shifted
            // cells: every cell is screened, not only the client and the episode
            for (int c = 0; c < (shifted ? record.getFieldCount() : 2); c++) {
                int column = shifted ? c : at[c];
                if (PersonalIdentityNumbers.looksLike(cell(record, column))) {
                    return Outcome.refused(RefusalKind.PERSONAL_IDENTITY_NUMBER, column < header.size()
                            ? records.get(0).getField(column) : String.valueOf(column + 1), row);
                }
            }
            String[] values = new String[COLUMNS.size()];
            RowProblems problems = new RowProblems();
            for (int c = 0; c < COLUMNS.size(); c++) {
                values[c] = value(COLUMNS.get(c), cell(record, at[c]).trim(), at[c], problems);
            }
            if (lineBreaks > 0) {
                String last = record.getField(record.getFieldCount() - 1);
                long end = record.getStartingLineNumber() + lineBreaks - (last.endsWith("\n") ? 1 : 0);
                problems.spansLines(record.getStartingLineNumber(), end); // a break at the end closes the file
            } else if (record.getFieldCount() != header.size()) {
                problems.wrongCellCount(record.getFieldCount(), header.size());
            }
            if (problems.any()) {
                rejected.add(new Rejected(row, values[0], problems));
            } else {
                rows.add(new OrsSeriesRow(row, values[0], values[1], values[2], values[3], values[4], values[5],
                        values[6], values[7], values[8], values[9], values[10], values[11], values[12]));
            }
        }
        return Outcome.done(new Read(rows, rejected, blank, encoding));
    }

    private static String cell(CsvRecord record, int column) {
        return column < record.getFieldCount() ? record.getField(column) : "";
    }

    /** The cell as kept (decimals with a point), or the cell itself with a problem noted. */
    private static String value(String column, String cell, int position, RowProblems problems) {
        if (cell.isEmpty() && !column.equals("client") && !column.equals("rater")) {
            return "";
        }
        if (column.equals("client") && cell.isEmpty()) {
            problems.add(position, column, ProblemKind.BAD_VALUE, cell, "a pseudonymous id");
        } else if (column.equals("rater") && !isRater(cell)) {
            problems.add(position, column, ProblemKind.BAD_VALUE, cell, "self, parent, teacher or other");
        } else if (DECIMALS.contains(column)) {
            String withPoint = cell.replace(',', '.');
            if (!withPoint.matches("-?\\d+(\\.\\d)?")) {
                problems.add(position, column, ProblemKind.BAD_VALUE, cell, "a number with at most one decimal");
                return cell;
            }
            return new BigDecimal(withPoint).toPlainString();
        } else if (WHOLE.contains(column) && !cell.matches("\\d{1,6}")) {
            problems.add(position, column, ProblemKind.NOT_A_WHOLE_NUMBER, cell, "a session number");
        } else if (column.equals("reliable_change") && !CHANGES.contains(cell)) {
            problems.add(position, column, ProblemKind.BAD_VALUE, cell, String.join(", ", CHANGES));
        } else if (column.equals("clinically_significant") && !cell.equals("0") && !cell.equals("1")) {
            problems.add(position, column, ProblemKind.BAD_VALUE, cell, "1 or 0");
        }
        return cell;
    }

    private static boolean isRater(String cell) {
        try {
            Informant.parse(cell);
            return true;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }
}
