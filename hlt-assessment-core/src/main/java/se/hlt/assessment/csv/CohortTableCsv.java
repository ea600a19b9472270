package se.hlt.assessment.csv;

import de.siegmar.fastcsv.reader.CsvParseException;
import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.stream.Stream;
import se.hlt.assessment.cohort.CellStatus;
import se.hlt.assessment.cohort.CohortGroup;
import se.hlt.assessment.cohort.CohortReport;
import se.hlt.assessment.cohort.CohortScale;
import se.hlt.assessment.cohort.ConfidenceInterval;
import se.hlt.assessment.cohort.Descriptives;
import se.hlt.assessment.cohort.Estimate;
import se.hlt.assessment.cohort.GroupLevel;
import se.hlt.assessment.cohort.Grouping;
import se.hlt.assessment.cohort.Missing;
import se.hlt.assessment.cohort.MissingReason;
import se.hlt.assessment.cohort.PairedTTest;
import se.hlt.assessment.cohort.ScaleFigures;
import se.hlt.assessment.data.Checked;
import se.hlt.assessment.instrument.Direction;
import se.hlt.assessment.privacy.PersonalIdentityNumbers;

/**
 * Reads back the cohort table that {@code hlt cohort --out} writes ({@link CohortCsvWriter}), for
 * {@code hlt report --cohort}: the same reports, with the very figures computed (the file writes them exactly). Every problem names its
 * row (as a spreadsheet numbers it) and column, never a cell's value. A hidden group is read as hidden, with no
 * figures, whatever else its row holds: what the table hid stays hidden.
 */
final class CohortTableCsv {

    private static final List<String> BEFORE_GROUPING = List.of("instrument", "informant");
    private static final List<String> AFTER_GROUPING = List.of("level", "measure", "direction", "n",
            CohortCsvWriter.SUPPRESSED, CohortCsvWriter.MIN_CELL, "percent_of_all", "percent_of_row");

    private final Map<String, Integer> columns = new HashMap<>();
    private final List<String> problems = new ArrayList<>();
    private final boolean decimalComma;
    private List<String> grouping = List.of();

    private CohortTableCsv(boolean decimalComma) {
        this.decimalComma = decimalComma;
    }

    /** The reports in {@code text} (without a byte order mark), or what is wrong with it. */
    static Checked<List<CohortReport>> read(String text) {
        String firstLine = text.lines().findFirst().orElse("");
        char delimiter = firstLine.startsWith("instrument;") ? ';' : ',';
        List<CsvRecord> records = new ArrayList<>();
        try (CsvReader<CsvRecord> reader = CsvReader.builder().fieldSeparator(delimiter).skipEmptyLines(true)
                .allowMissingFields(true).allowExtraFields(true).ofCsvRecord(text)) {
            reader.forEach(records::add);
        } catch (CsvParseException e) {
            return Checked.failed(List.of("row " + (records.size() + 1) + ": not readable as CSV"));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return new CohortTableCsv(delimiter == ';').read(records);
    }

    private Checked<List<CohortReport>> read(List<CsvRecord> records) {
        if (records.isEmpty() || !header(records.get(0))) {
            return Checked.failed(problems.isEmpty()
                    ? List.of("row 1: not the header of a table written by hlt cohort --out") : problems);
        }
        Map<String, List<CsvRecord>> byReport = new LinkedHashMap<>();
        for (CsvRecord r : records.subList(1, records.size())) {
            byReport.computeIfAbsent(cell(r, "instrument") + "\u0000" + cell(r, "informant"), k -> new ArrayList<>())
                    .add(r);
        }
        List<CohortReport> reports = new ArrayList<>();
        for (List<CsvRecord> rows : byReport.values()) {
            report(rows).ifPresent(reports::add);
        }
        if (reports.isEmpty() && problems.isEmpty()) {
            problems.add("no rows below the header");
        }
        return problems.isEmpty() ? Checked.ok(List.copyOf(reports)) : Checked.failed(problems);
    }

    /** Reads the column names; the grouping columns are those between informant and level. */
    private boolean header(CsvRecord header) {
        List<String> names = header.getFields().stream().map(String::strip).toList();
        for (int i = 0; i < names.size(); i++) {
            columns.putIfAbsent(names.get(i), i);
        }
        List<String> needed = new ArrayList<>(BEFORE_GROUPING);
        needed.addAll(AFTER_GROUPING);
        needed.addAll(CohortCsvWriter.STATISTICS);
        needed.removeAll(CohortCsvWriter.ADDED_LATER);
        needed.add("missing");
        List<String> absent = needed.stream().filter(n -> !columns.containsKey(n)).toList();
        if (!absent.isEmpty()) {
            problems.add("row 1: no column " + String.join(", ", absent)
                    + " (not a table written by hlt cohort --out)");
            return false;
        }
        grouping = names.subList(columns.get("informant") + 1, columns.get("level"));
        return true;
    }

    private Optional<CohortReport> report(List<CsvRecord> rows) {
        String instrument = cell(rows.get(0), "instrument");
        String informant = cell(rows.get(0), "informant");
        OptionalInt minimum = whole(rows.get(0), CohortCsvWriter.MIN_CELL);
        List<CohortScale> scales = new ArrayList<>();
        Map<String, List<CsvRecord>> groups = new LinkedHashMap<>();
        for (CsvRecord r : rows) {
            List<String> key = new ArrayList<>();
            grouping.forEach(c -> key.add(cell(r, c)));
            key.add(cell(r, "level"));
            groups.computeIfAbsent(String.join("\u0000", key), k -> new ArrayList<>()).add(r);
            String measure = cell(r, "measure");
            if (!measure.equals(CohortCsvWriter.PAIRS) && scales.stream().noneMatch(s -> s.name().equals(measure))) {
                Optional<Direction> direction = direction(r);
                direction.ifPresent(d -> scales.add(new CohortScale(measure, instrument, informant, d,
                        rows.stream().anyMatch(x -> cell(x, "measure").equals(measure) && hasAddedValue(x)),
                        instrument.equals("sdq") ? 1 : 10)));
            }
        }
        List<CohortGroup> read = new ArrayList<>();
        for (List<CsvRecord> groupRows : groups.values()) {
            group(groupRows, scales).ifPresent(read::add);
        }
        if (minimum.isEmpty() || minimum.getAsInt() < 1 || !problems.isEmpty()) {
            if (problems.isEmpty()) {
                problems.add("row " + row(rows.get(0)) + ", column min_cell: not a count of 1 or more");
            }
            return Optional.empty();
        }
        int hidden = (int) read.stream().filter(g -> g.status().isHidden()).count();
        return Optional.of(new CohortReport(instrument, informant, new Grouping(grouping), minimum.getAsInt(),
                scales, read, hidden));
    }

    private boolean hasAddedValue(CsvRecord r) {
        return !cell(r, "avs_mean").isEmpty() || cell(r, "missing").contains("avs");
    }

    /** A group from its rows: the pairs row, then a row per score. */
    private Optional<CohortGroup> group(List<CsvRecord> rows, List<CohortScale> scales) {
        CsvRecord first = rows.get(0);
        List<String> values = grouping.stream().map(c -> cell(first, c)).toList();
        if (Stream.concat(grouping.stream(), values.stream()).anyMatch(PersonalIdentityNumbers::looksLike)) {
            problems.add("row " + row(first) + ": a grouping column or value looks like a personal identity number");
            return Optional.empty(); // named by its row only, and never read into a report that would print it
        }
        Optional<GroupLevel> level = level(first);
        if (level.isEmpty()) {
            return Optional.empty();
        }
        // hidden in any row of the group, in this version's words or the earlier ones', is hidden in all
        if (rows.stream().anyMatch(r -> CohortCsvWriter.hides(cell(r, "n"), cell(r, CohortCsvWriter.SUPPRESSED)))) {
            return Optional.of(new CohortGroup(values, level.get(), CellStatus.HIDDEN, OptionalInt.empty(),
                    OptionalDouble.empty(), OptionalDouble.empty(), List.of()));
        }
        OptionalInt pairs = whole(first, "n");
        List<ScaleFigures> figures = new ArrayList<>();
        for (CohortScale scale : scales) {
            Optional<CsvRecord> row = rows.stream().filter(r -> cell(r, "measure").equals(scale.name())).findFirst();
            if (row.isEmpty()) {
                problems.add("row " + row(first) + ": the group has no row for " + scale.name());
                return Optional.empty();
            }
            figures.add(figures(row.get(), scale));
        }
        if (!cell(first, "measure").equals(CohortCsvWriter.PAIRS) || pairs.isEmpty()) {
            problems.add("row " + row(first) + ": a group starts with its pairs row, n a count");
            return Optional.empty();
        }
        return Optional.of(new CohortGroup(values, level.get(), CellStatus.SHOWN, pairs,
                number(first, "percent_of_all"), number(first, "percent_of_row"), figures));
    }

    private ScaleFigures figures(CsvRecord r, CohortScale scale) {
        int n = whole(r, "n").orElse(0);
        return new ScaleFigures(scale.name(), scale.direction(), n, descriptives(r, "t1", n),
                descriptives(r, "t2", n), estimate(r, "change_mean", "change_ci"), tTest(r),
                number(r, "wilcoxon_p"), estimate(r, "d_z", "d_z_ci"), estimate(r, "d_baseline", "d_baseline_ci"),
                number(r, "improved_pct"), number(r, "unchanged_pct"), number(r, "deteriorated_pct"),
                whole(r, "rc_n"), number(r, "left_abnormal_pct"), whole(r, "left_abnormal_n"),
                estimate(r, "avs_mean", "avs_ci"), estimate(r, "avs_effect_size", "avs_effect_size_ci"),
                whole(r, "avs_n"), whole(r, "avs_left_out"), missing(r));
    }

    private Optional<Descriptives> descriptives(CsvRecord r, String time, int n) {
        OptionalDouble mean = number(r, time + "_mean");
        return mean.isPresent() && n > 0
                ? Optional.of(new Descriptives(n, mean.getAsDouble(), number(r, time + "_sd"))) : Optional.empty();
    }

    private Optional<Estimate> estimate(CsvRecord r, String value, String ci) {
        OptionalDouble v = number(r, value);
        OptionalDouble low = number(r, ci + "_low");
        OptionalDouble high = number(r, ci + "_high");
        if (v.isEmpty()) {
            return Optional.empty();
        }
        Optional<ConfidenceInterval> interval = low.isPresent() && high.isPresent()
                ? Optional.of(new ConfidenceInterval(low.getAsDouble(), high.getAsDouble(),
                        ConfidenceInterval.LEVEL_95))
                : Optional.empty();
        return Optional.of(new Estimate(v.getAsDouble(), interval));
    }

    private Optional<PairedTTest> tTest(CsvRecord r) {
        OptionalDouble t = number(r, "t");
        OptionalInt df = whole(r, "df");
        OptionalDouble p = number(r, "t_test_p");
        return t.isPresent() && df.isPresent() && p.isPresent()
                ? Optional.of(new PairedTTest(t.getAsDouble(), df.getAsInt(), p.getAsDouble())) : Optional.empty();
    }

    private List<Missing> missing(CsvRecord r) {
        List<Missing> missing = new ArrayList<>();
        for (String part : cell(r, "missing").split(";")) {
            String p = part.strip();
            int colon = p.indexOf(':');
            if (p.isEmpty()) {
                continue;
            }
            Optional<MissingReason> reason = colon < 0 ? Optional.empty() : reason(p.substring(colon + 1));
            if (reason.isEmpty()) {
                problems.add("row " + row(r) + ", column missing: not statistic:reason");
                continue;
            }
            missing.add(new Missing(p.substring(0, colon), reason.get()));
        }
        return missing;
    }

    private static Optional<MissingReason> reason(String code) {
        for (MissingReason r : MissingReason.values()) {
            if (r.code().equals(code)) {
                return Optional.of(r);
            }
        }
        return Optional.empty();
    }

    private Optional<GroupLevel> level(CsvRecord r) {
        for (GroupLevel l : GroupLevel.values()) {
            if (l.code().equals(cell(r, "level"))) {
                return Optional.of(l);
            }
        }
        problems.add("row " + row(r) + ", column level: not cell, row_total, column_total or total");
        return Optional.empty();
    }

    private Optional<Direction> direction(CsvRecord r) {
        try {
            return Optional.of(Direction.parse(cell(r, "direction")));
        } catch (IllegalArgumentException e) {
            problems.add("row " + row(r) + ", column direction: not higher_is_worse or higher_is_better");
            return Optional.empty();
        }
    }

    private OptionalDouble number(CsvRecord r, String column) {
        String text = cell(r, column);
        if (text.isEmpty()) {
            return OptionalDouble.empty();
        }
        try {
            return OptionalDouble.of(Double.parseDouble(decimalComma ? text.replace(',', '.') : text));
        } catch (NumberFormatException e) {
            problems.add("row " + row(r) + ", column " + column + ": not a number");
            return OptionalDouble.empty();
        }
    }

    private OptionalInt whole(CsvRecord r, String column) {
        String text = cell(r, column);
        try {
            return text.isEmpty() ? OptionalInt.empty() : OptionalInt.of(Integer.parseInt(text));
        } catch (NumberFormatException e) {
            problems.add("row " + row(r) + ", column " + column + ": not a whole number");
            return OptionalInt.empty();
        }
    }

    private String cell(CsvRecord r, String column) {
        Integer at = columns.get(column);
        if (at == null) {
            return ""; // a column added later, which an older file lacks
        }
        return at < r.getFieldCount() ? r.getField(at).strip() : "";
    }

    private static long row(CsvRecord r) {
        return r.getStartingLineNumber();
    }
}
