package se.hlt.assessment.csv;

import de.siegmar.fastcsv.reader.CloseableIterator;
import de.siegmar.fastcsv.reader.CsvReader;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.util.List;

/**
 * A CSV file read one {@link CsvRow} at a time, strictly in its encoding (UTF-8 or Windows-1252), each record numbered as a spreadsheet numbers
 * its rows and completely empty lines counted and passed over. Shared by the readers that go row by row, of SDQ
 * forms ({@link SdqRowReader}) and of sessions ({@link SessionsRun}), so that both number rows and refuse a file
 * (empty, a blank first line, in neither encoding, not CSV) alike.
 */
final class CsvRows implements Closeable {

    private final CsvReader<CsvRow> reader;
    private final CloseableIterator<CsvRow> records;
    /** The row number, as a spreadsheet shows it, of the last record read; for the readers to read. */
    long row;
    /** How many completely empty lines were passed over; for the readers to read. */
    long blankLines;
    /** The last line of the file read so far (a row that runs over lines counts them all). */
    long lines;

    private final CsvInputStart start;

    /** The records of {@code in}, positioned after its byte order mark, read as {@code start} says. */
    CsvRows(InputStream in, CsvInputStart start) {
        this.start = start;
        // a strict decoder: a file saved in another encoding is refused rather than silently garbled
        Reader text = new InputStreamReader(in, start.encoding().strictDecoder());
        reader = CsvReader.builder().fieldSeparator(start.delimiter())
                .skipEmptyLines(false).allowExtraFields(true).allowMissingFields(true)
                .build(new CsvRow(start.delimiter()), text);
        records = reader.iterator();
    }

    /** The header's cells, or why the file has none: it is empty, or its first line is blank. */
    Outcome<List<String>> header() {
        if (!records.hasNext()) {
            return Outcome.refused(RefusalKind.EMPTY_FILE);
        }
        CsvRow header = records.next();
        row = 1;
        lines = header.lastLine();
        if (header.isBlankLine()) {
            return Outcome.refused(RefusalKind.BLANK_HEADER);
        }
        int personal = header.firstPersonalCell();
        if (personal >= 0) { // a column name is written out again: named by its position, never by itself
            return Outcome.refused(RefusalKind.PERSONAL_IDENTITY_NUMBER, String.valueOf(personal + 1), 1);
        }
        return Outcome.done(header.texts());
    }

    /** The next record that is not an empty line, valid until the next call; null at the end of the file. */
    CsvRow next() {
        while (records.hasNext()) {
            CsvRow record = records.next();
            row++;
            lines = Math.max(lines, record.lastLine());
            if (!record.isBlankLine()) {
                return record;
            }
            blankLines++;
        }
        return null;
    }

    /** Why reading failed with {@code e}: the file is not in its encoding from the next row on; else rethrows. */
    Refusal notUtf8(UncheckedIOException e) throws IOException {
        if (e.getCause() instanceof CharacterCodingException) {
            // the reader decodes ahead, so the bad bytes lie somewhere after the last row it gave
            return start.undecodable(row + 1);
        }
        throw e.getCause();
    }

    /** Why the parser gave up: the file cannot be read as CSV from the next row on. */
    Refusal unreadable() {
        return Refusal.of(RefusalKind.UNREADABLE_CSV, row + 1);
    }

    @Override
    public void close() throws IOException {
        reader.close();
    }
}
