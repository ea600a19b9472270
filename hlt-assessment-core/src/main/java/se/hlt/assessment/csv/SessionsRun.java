package se.hlt.assessment.csv;

import de.siegmar.fastcsv.reader.CloseableIterator;
import de.siegmar.fastcsv.reader.CsvParseException;
import de.siegmar.fastcsv.reader.CsvReader;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.function.Consumer;
import se.hlt.assessment.series.SeriesResult;
import se.hlt.assessment.series.SeriesScorer;

/**
 * One pass over a sessions file: the header, then every row, client by client. Holds one client's rows at a time
 * (and a fingerprint per client, see {@link ClientFingerprints}), so memory does not grow with the rows.
 */
final class SessionsRun {

    private static final int INPUT_BUFFER = 1 << 16;

    private final SeriesScorer scorer;
    private final Consumer<SeriesResult> onSeries;
    private long row;

    SessionsRun(SeriesScorer scorer, Consumer<SeriesResult> onSeries) {
        this.scorer = scorer;
        this.onSeries = onSeries;
    }

    /** Reads {@code input}, writes the three outputs (the series one when given) and closes them all. */
    Outcome<SessionsSummary> run(InputStream input, OutputStream output, OutputStream errors, Optional<OutputStream> series)
            throws IOException {
        BufferedInputStream in = new BufferedInputStream(input, INPUT_BUFFER);
        CsvInputStart head = CsvInputStart.peek(in);
        // a strict decoder: a file saved in another encoding is refused rather than silently garbled
        Reader text = new InputStreamReader(in, StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT));
        try (CsvReader<CsvRow> reader = CsvReader.builder().fieldSeparator(head.delimiter())
                .skipEmptyLines(false).allowExtraFields(true).allowMissingFields(true)
                .build(new CsvRow(head.delimiter()), text);
             CsvLineWriter out = CsvLineWriter.of(output, head.delimiter(), head.utf8Bom());
             CsvLineWriter err = CsvLineWriter.of(errors, head.delimiter(), head.utf8Bom());
             CsvLineWriter ser = series.isPresent() ? CsvLineWriter.of(series.get(), head.delimiter(), head.utf8Bom())
                     : null) {
            return read(reader.iterator(), head, out, err, Optional.ofNullable(ser));
        } catch (UncheckedIOException e) {
            if (e.getCause() instanceof CharacterCodingException) {
                return Outcome.refused(RefusalKind.NOT_UTF8, row + 1);
            }
            throw e.getCause();
        } catch (CsvParseException e) {
            return Outcome.refused(RefusalKind.UNREADABLE_CSV, row + 1);
        }
    }

    private Outcome<SessionsSummary> read(CloseableIterator<CsvRow> records, CsvInputStart head,
                                 CsvLineWriter out, CsvLineWriter err, Optional<CsvLineWriter> ser) {
        if (!records.hasNext()) {
            return Outcome.refused(RefusalKind.EMPTY_FILE);
        }
        CsvRow header = records.next();
        row = 1;
        if (header.isBlankLine()) {
            return Outcome.refused(RefusalKind.BLANK_HEADER);
        }
        Outcome<SessionColumns> analysed = SessionColumns.analyse(header.texts(), scorer);
        if (analysed.refusal().isPresent()) {
            return Outcome.refused(analysed.refusal().get());
        }
        SessionColumns columns = analysed.summary().orElseThrow();
        char decimal = Decimals.separator(head.delimiter());
        ScoredRowsOut scored = new ScoredRowsOut(out, columns.header, scorer.expected().isPresent(), decimal);
        ErrorRows errors = new ErrorRows(err);
        Optional<SeriesRowsOut> seriesOut = ser.map(s -> new SeriesRowsOut(s, decimal));
        scored.writeHeader();
        errors.writeHeader(columns.clientHeader());
        seriesOut.ifPresent(SeriesRowsOut::writeHeader);

        RowParser parser = new RowParser(columns, scorer);
        ClientRows clients = new ClientRows(scorer, scored, errors, seriesOut, onSeries);
        ClientFingerprints seen = new ClientFingerprints();
        long rows = 0;
        long blankLines = 0;
        int clientColumn = parser.clientColumn();
        while (records.hasNext()) {
            CsvRow cells = records.next();
            row++;
            if (cells.isBlankLine()) {
                blankLines++;
                continue;
            }
            rows++;
            Optional<String> pin = parser.personalIdentityNumber(cells);
            if (pin.isPresent()) {
                return Outcome.refused(RefusalKind.PERSONAL_IDENTITY_NUMBER, pin.get(), row);
            }
            CharSequence client = clientColumn < cells.size() ? cells.cell(clientColumn) : "";
            boolean blank = CellText.isBlank(client);
            if (!blank && !clients.isCurrent(client)) {
                String id = client.toString().strip();
                if (!clients.isCurrent(id)) {
                    if (!seen.add(id)) {
                        return Outcome.refused(RefusalKind.CLIENT_SPLIT, row);
                    }
                    clients.startClient(id);
                }
            }
            // a row without a client stays with the rows around it, reported as an error
            parser.parse(cells, clients.next(row), blank ? Optional.empty() : clients.clientId());
        }
        clients.flush();
        return Outcome.done(new SessionsSummary(rows, clients.scoredRows, clients.errorRows, blankLines,
                clients.clients, clients.seriesRows));
    }
}
