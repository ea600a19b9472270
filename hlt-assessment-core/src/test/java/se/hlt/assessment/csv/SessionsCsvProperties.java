package se.hlt.assessment.csv;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.PropertyDefaults;
import net.jqwik.api.Provide;

/**
 * Properties of the CSV batch on random files with every kind of row, good and bad: a file written with decimal
 * points and commas gives exactly the same results as the same file written as a Swedish spreadsheet writes it
 * (semicolons, decimal commas), and every row ends up in exactly one of the output and the errors file.
 */
@PropertyDefaults(tries = 150)
class SessionsCsvProperties {

    private static final String[] COLUMNS = {"client", "session", "date", "instrument", "rater", "age",
        "individually", "interpersonally", "socially", "relationship", "goals", "approach", "overall", "total"};

    /** One generated row: the answer cells hold tenths (or -1 for empty, 9999 for a two-decimal mark). */
    record Row(int client, int session, int day, String instrument, String rater, int age, List<Integer> answers) {
    }

    @Provide
    Arbitrary<List<Row>> rows() {
        Arbitrary<Integer> tenths = Arbitraries.frequency(
                net.jqwik.api.Tuple.of(12, -1), net.jqwik.api.Tuple.of(1, 101), net.jqwik.api.Tuple.of(1, 9999))
                .flatMap(special -> special == -1 ? Arbitraries.oneOf(Arbitraries.integers().between(0, 100),
                        Arbitraries.just(-1)) : Arbitraries.just(special));
        Arbitrary<Row> row = Combinators.combine(Arbitraries.integers().between(0, 2),
                Arbitraries.integers().between(1, 5), Arbitraries.integers().between(0, 40),
                Arbitraries.of("ORS", "SRS", "CORS", "ors"), Arbitraries.of("self", "self", "parent", ""),
                Arbitraries.of(9, 15, 40), tenths.list().ofSize(8))
                .as(Row::new);
        // a client's rows together, as the batch needs them
        return row.list().ofMinSize(1).ofMaxSize(25)
                .map(list -> list.stream().sorted(java.util.Comparator.comparingInt(Row::client)).toList());
    }

    private static String csv(List<Row> rows, char delimiter, char decimal) {
        StringBuilder text = new StringBuilder(String.join(String.valueOf(delimiter), COLUMNS)).append('\n');
        for (Row r : rows) {
            text.append("k-").append(r.client()).append(delimiter).append(r.session()).append(delimiter)
                    .append(java.time.LocalDate.of(2026, 1, 1).plusDays(r.day())).append(delimiter)
                    .append(r.instrument()).append(delimiter).append(r.rater()).append(delimiter).append(r.age());
            for (int a : r.answers()) {
                text.append(delimiter);
                if (a == 9999) {
                    text.append('6').append(decimal).append("25");
                } else if (a >= 0) {
                    text.append(a / 10).append(decimal).append(a % 10);
                }
            }
            text.append('\n');
        }
        return text.toString();
    }

    @Property
    void decimalCommasAndDecimalPointsGiveIdenticalResults(@ForAll("rows") List<Row> rows) {
        BatchFiles points = BatchFiles.runAndForget(csv(rows, ',', '.'));
        BatchFiles commas = BatchFiles.runAndForget(csv(rows, ';', ','));
        assertEquals(points.summary(), commas.summary());
        assertEquals(points.results(), commas.results());
        assertEquals(cells(points.output(), ','), swedish(cells(commas.output(), ';')));
        assertEquals(cells(points.series(), ','), swedish(cells(commas.series(), ';')));
        assertEquals(cells(points.errors(), ',').stream().map(r -> r.subList(0, 3)).toList(),
                cells(commas.errors(), ';').stream().map(r -> r.subList(0, 3)).toList());
    }

    @Property
    void everyRowEndsUpInExactlyOneFile(@ForAll("rows") List<Row> rows) {
        BatchFiles run = BatchFiles.runAndForget(csv(rows, ',', '.'));
        SessionsSummary summary = run.summary();
        assertEquals(rows.size(), summary.rows());
        assertEquals(summary.rows(), summary.scored() + summary.errors());
        assertEquals(summary.scored(), run.outputRows().size());
        assertEquals(summary.errors(), run.errorRows().size());
        Set<Long> errorRows = new HashSet<>();
        for (List<String> error : cells(run.errors(), ',').subList(1, (int) summary.errors() + 1)) {
            long row = Long.parseLong(error.get(0));
            assertTrue(row >= 2 && row <= rows.size() + 1, "row " + row);
            assertTrue(errorRows.add(row), "row " + row + " reported twice");
            assertTrue(!error.get(3).isBlank(), "a reason code for row " + row);
            assertTrue(!error.get(4).isBlank(), "a reason for row " + row);
        }
        long assessed = run.results().stream().mapToLong(s -> s.sessions().size()).sum();
        assertEquals(summary.scored(), assessed);
    }

    /** The output's cells with decimal commas read as points (the other cells hold no comma). */
    private static List<List<String>> swedish(List<List<String>> cells) {
        return cells.stream().map(r -> r.stream().map(c -> c.replace(',', '.')).toList()).toList();
    }

    private static List<List<String>> cells(String csv, char delimiter) {
        List<List<String>> rows = new ArrayList<>();
        try (CsvReader<CsvRecord> reader = CsvReader.builder().fieldSeparator(delimiter).ofCsvRecord(csv)) {
            reader.forEach(r -> rows.add(r.getFields()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return rows;
    }
}
