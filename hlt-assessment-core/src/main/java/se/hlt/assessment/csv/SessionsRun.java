package se.hlt.assessment.csv;

import de.siegmar.fastcsv.reader.CsvParseException;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import se.hlt.assessment.privacy.PersonalIdentityNumbers;
import se.hlt.assessment.series.SeriesResult;
import se.hlt.assessment.series.SeriesScorer;

/**
 * One pass over a sessions file: the header, then every row, client by client. Holds one client's rows at a time
 * (and a fingerprint per client, see {@link ClientFingerprints}), so memory does not grow with the rows.
 */
final class SessionsRun {

    private final SeriesScorer scorer;
    private final Consumer<SeriesResult> onSeries;
    /** Whether passed-through cells may hold line breaks. */
    private final boolean multilineCells;
    /** The columns vouched for as holding no personal identity numbers, in lower case. */
    private final Set<String> notPersonal;
    /** The run's cells of input text that look like formulas, guarded or kept. */
    private final FormulaCells formulas;
    /** The language of the errors file's reasons. */
    private final Locale locale;
    /** The export's own column names, and the encoding of the outputs. */
    private final ExportConventions export;

    SessionsRun(SeriesScorer scorer, Consumer<SeriesResult> onSeries, boolean multilineCells,
                Set<String> notPersonal, boolean keepFormulas, Locale locale, ExportConventions export) {
        this.locale = locale;
        this.formulas = FormulaCells.of(keepFormulas);
        this.export = export;
        this.scorer = scorer;
        this.onSeries = onSeries;
        this.multilineCells = multilineCells;
        this.notPersonal = notPersonal;
    }

    /** Reads {@code input}, writes the three outputs (the series one when given) and closes them all. */
    Outcome<SessionsSummary> run(InputStream input, Optional<Path> file, OutputStream output, OutputStream errors,
                                 Optional<OutputStream> series) throws IOException {
        BufferedInputStream in = SdqRowReader.buffered(input);
        CsvInputStart head = CsvInputStart.peek(in, file);
        if (head.refusal().isPresent()) {
            return Outcome.refused(head.refusal().get());
        }
        CsvInputStart written = head.forOutput(export.outputEncoding());
        CsvRows records = new CsvRows(in, head);
        Outcome<SessionsSummary> outcome;
        try (records;
             CsvLineWriter out = CsvLineWriter.of(output, written).countingIn(formulas);
             CsvLineWriter err = CsvLineWriter.of(errors, written).countingIn(formulas);
             CsvLineWriter ser = series.isPresent()
                     ? CsvLineWriter.of(series.get(), written).countingIn(formulas) : null) {
            outcome = read(records, head, out, err, Optional.ofNullable(ser));
        } catch (UncheckedIOException e) {
            return Outcome.refused(records.notUtf8(e));
        } catch (CsvParseException e) {
            return Outcome.refused(records.unreadable());
        }
        // counted as the writers closed
        return outcome.map(s -> s.withFormulas(formulas.count()).withEncoding(head.encoding()));
    }

    private Outcome<SessionsSummary> read(CsvRows records, CsvInputStart head,
                                 CsvLineWriter out, CsvLineWriter err, Optional<CsvLineWriter> ser) {
        Outcome<List<String>> header = records.header();
        if (header.refusal().isPresent()) {
            return Outcome.refused(header.refusal().get());
        }
        Outcome<SessionColumns> analysed = SessionColumns.analyse(header.summary().orElseThrow(), scorer,
                export);
        if (analysed.refusal().isPresent()) {
            return Outcome.refused(analysed.refusal().get());
        }
        SessionColumns columns = analysed.summary().orElseThrow();
        char decimal = Decimals.separator(head.delimiter());
        ScoredRowsOut scored = new ScoredRowsOut(out, columns.header, scorer.expected().isPresent(), decimal);
        ErrorRows errors = new ErrorRows(err, locale);
        Optional<SeriesRowsOut> seriesOut = ser.map(s -> new SeriesRowsOut(s, decimal));
        scored.writeHeader();
        errors.writeHeader(columns.clientHeader());
        seriesOut.ifPresent(SeriesRowsOut::writeHeader);

        RowParser parser = new RowParser(columns, scorer);
        SessionCellScreen screen = new SessionCellScreen(columns, notPersonal);
        ClientRows clients = new ClientRows(scorer, scored, errors, seriesOut, onSeries);
        ClientFingerprints seen = new ClientFingerprints();
        long rows = 0;
        int clientColumn = parser.clientColumn();
        for (CsvRow cells = records.next(); cells != null; cells = records.next()) {
            long row = records.row;
            rows++;
            Optional<String> pin = screen.personalIdentityNumber(cells, row);
            if (pin.isPresent()) {
                return Outcome.refused(RefusalKind.PERSONAL_IDENTITY_NUMBER, pin.get(), row);
            }
            Optional<String> named = idShapedAsANumber(columns, cells); // before the next cell(): one shared view
            if (named.isPresent()) {
                return Outcome.refused(RefusalKind.PERSONAL_IDENTITY_NUMBER, named.get(), row);
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
            boolean spanning = cells.spansLines() && !(multilineCells && screen.breaksOnlyInPassThrough(cells));
            parser.parse(cells, spanning, clients.next(row), blank ? Optional.empty() : clients.clientId());
        }
        clients.flush();
        Optional<Refusal> personal = screen.finish();
        if (personal.isPresent()) {
            return Outcome.refused(personal.get());
        }
        return Outcome.done(new SessionsSummary(rows, clients.scoredRows, clients.errorRows, records.blankLines,
                clients.clients, clients.seriesRows, records.lines, FormulaCount.NONE));
    }

    /**
     * The client or episode column, if its cell in this row looks like a personal identity number at all. These
     * two are the series' ids, which the library refuses whatever a column judged as a whole or a user's vouching
     * says ({@code series.Series}, {@code scoring.FormContext}): so such a cell refuses the file at once, here,
     * rather than failing inside the library.
     */
    private static Optional<String> idShapedAsANumber(SessionColumns columns, CsvRow cells) {
        for (SessionColumns.Field field : List.of(SessionColumns.Field.CLIENT, SessionColumns.Field.EPISODE)) {
            int c = columns.position(field);
            if (c >= 0 && c < cells.size() && PersonalIdentityNumbers.looksLike(cells.cell(c))) {
                return Optional.of(columns.header.get(c));
            }
        }
        return Optional.empty();
    }
}
