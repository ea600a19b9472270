package se.hlt.assessment.csv;

import de.siegmar.fastcsv.reader.CsvParseException;
import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Stream;
import se.hlt.assessment.cohort.CellStatus;
import se.hlt.assessment.cohort.CohortGroup;
import se.hlt.assessment.cohort.CohortReport;
import se.hlt.assessment.cohort.CohortScale;
import se.hlt.assessment.cohort.FlaggedPairs;
import se.hlt.assessment.cohort.GroupLevel;
import se.hlt.assessment.cohort.Grouping;
import se.hlt.assessment.cohort.ScaleFigures;
import se.hlt.assessment.data.Checked;
import se.hlt.assessment.instrument.Direction;
import se.hlt.assessment.privacy.PersonalIdentityNumbers;
import se.hlt.assessment.scoring.Texts;

/**
 * Reads back the cohort table that {@code hlt cohort --out} writes ({@link CohortCsvWriter}), for
 * {@code hlt report --cohort}: the same reports, with the very figures computed (the file writes them exactly).
 * Every problem names its
 * row (as a spreadsheet numbers it) and column, never a cell's value. A hidden group is read as hidden, with no
 * figures, whatever else its row holds: what the table hid stays hidden.
 */
final class CohortTableCsv {

    private static final List<String> BEFORE_GROUPING = List.of("instrument", "informant");
    private static final List<String> AFTER_GROUPING = List.of("level", "measure", "direction", "n",
            CohortCsvWriter.SUPPRESSED, CohortCsvWriter.MIN_CELL, "percent_of_all", "percent_of_row");
    /** The columns after the grouping that hold words, not figures: where a personal number could be typed. */
    private static final List<String> TEXT_AFTER_GROUPING = List.of("level", "measure", "direction", "missing");

    private final CohortCells cells;
    private final Map<String, Integer> columns;
    private final List<String> problems;
    private final Locale locale;
    private List<String> grouping = List.of();

    private CohortTableCsv(boolean decimalComma, Locale locale) {
        this.cells = new CohortCells(decimalComma, locale);
        this.locale = locale;
        this.columns = cells.columns;
        this.problems = cells.problems;
    }

    /** The reports in {@code text} (without a byte order mark), or what is wrong with it in {@code locale}. */
    static Checked<List<CohortReport>> read(String text, Locale locale) {
        String firstLine = text.lines().findFirst().orElse("");
        char delimiter = firstLine.startsWith("instrument;") ? ';' : ',';
        List<CsvRecord> records = new ArrayList<>();
        try (CsvReader<CsvRecord> reader = CsvReader.builder().fieldSeparator(delimiter).skipEmptyLines(true)
                .allowMissingFields(true).allowExtraFields(true).ofCsvRecord(text)) {
            reader.forEach(records::add);
        } catch (CsvParseException e) {
            return Checked.failed(List.of(Texts.format("cohort_file.not_csv", locale, records.size() + 1)));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return new CohortTableCsv(delimiter == ';', locale).read(records);
    }

    private Checked<List<CohortReport>> read(List<CsvRecord> records) {
        if (records.isEmpty() || !header(records.get(0))) {
            return Checked.failed(problems.isEmpty()
                    ? List.of(Texts.format("cohort_file.not_header", locale)) : problems);
        }
        List<String> texts = Stream.of(BEFORE_GROUPING, grouping, TEXT_AFTER_GROUPING).flatMap(List::stream).toList();
        Set<String> named = new HashSet<>(); // a column named once, at its first such row: the rows repeat a group
        for (CsvRecord r : records.subList(1, records.size())) {
            texts.stream().filter(c -> PersonalIdentityNumbers.looksLike(cells.cell(r, c)) && named.add(c))
                    .forEach(c -> cells.problem(r, "cohort_file.personal", c));
        }
        if (!problems.isEmpty()) {
            return Checked.failed(problems); // named by row and column only, and never read into a report
        }
        Map<String, List<CsvRecord>> byReport = new LinkedHashMap<>();
        for (CsvRecord r : records.subList(1, records.size())) {
            byReport.computeIfAbsent(cells.cell(r, "instrument") + "\u0000" + cells.cell(r, "informant"),
                            k -> new ArrayList<>())
                    .add(r);
        }
        List<CohortReport> reports = new ArrayList<>();
        for (List<CsvRecord> rows : byReport.values()) {
            report(rows).ifPresent(reports::add);
        }
        if (reports.isEmpty() && problems.isEmpty()) {
            problems.add(Texts.format("cohort_file.no_rows", locale));
        }
        return problems.isEmpty() ? Checked.ok(List.copyOf(reports)) : Checked.failed(problems);
    }

    /** Reads the column names; the grouping columns are those between informant and level. */
    private boolean header(CsvRecord header) {
        List<String> names = header.getFields().stream().map(String::strip).toList();
        for (int i = 0; i < names.size(); i++) {
            if (PersonalIdentityNumbers.looksLike(names.get(i))) {
                problems.add(Texts.format("cohort_file.personal_header", locale, i + 1));
                return false;
            }
        }
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
            problems.add(Texts.format("cohort_file.no_column", locale, String.join(", ", absent)));
            return false;
        }
        grouping = names.subList(columns.get("informant") + 1, columns.get("level"));
        return true;
    }

    private Optional<CohortReport> report(List<CsvRecord> rows) {
        String instrument = cells.cell(rows.get(0), "instrument");
        String informant = cells.cell(rows.get(0), "informant");
        OptionalInt minimum = cells.whole(rows.get(0), CohortCsvWriter.MIN_CELL);
        List<CohortScale> scales = new ArrayList<>();
        Map<String, List<CsvRecord>> groups = new LinkedHashMap<>();
        for (CsvRecord r : rows) {
            List<String> key = new ArrayList<>();
            grouping.forEach(c -> key.add(cells.cell(r, c)));
            key.add(cells.cell(r, "level"));
            groups.computeIfAbsent(String.join("\u0000", key), k -> new ArrayList<>()).add(r);
            String measure = cells.cell(r, "measure");
            if (!measure.equals(CohortCsvWriter.PAIRS) && scales.stream().noneMatch(s -> s.name().equals(measure))) {
                Optional<Direction> direction = direction(r);
                direction.ifPresent(d -> scales.add(new CohortScale(measure, instrument, informant, d,
                        rows.stream().anyMatch(x -> cells.cell(x, "measure").equals(measure) && hasAddedValue(x)),
                        instrument.equals("sdq") ? 1 : 10)));
            }
        }
        List<CohortGroup> read = new ArrayList<>();
        for (List<CsvRecord> groupRows : groups.values()) {
            group(groupRows, scales).ifPresent(read::add);
        }
        if (minimum.isEmpty() || minimum.getAsInt() < 1 || !problems.isEmpty()) {
            if (problems.isEmpty()) {
                cells.problem(rows.get(0), "cohort_file.min_cell");
            }
            return Optional.empty();
        }
        int hidden = (int) read.stream().filter(g -> g.status().isHidden()).count();
        Optional<FlaggedPairs> flagged = flagged(rows, minimum.getAsInt());
        return flagged.flatMap(f -> checked(rows.get(0), () -> new CohortReport(instrument, informant,
                new Grouping(grouping), minimum.getAsInt(), scales, read, hidden, f)));
    }

    /** The count of pairs with a form aged outside its version, from the total's pairs row, as the writer puts it. */
    private Optional<FlaggedPairs> flagged(List<CsvRecord> rows, int minimum) {
        for (CsvRecord r : rows) {
            String text = cells.cell(r, CohortCsvWriter.AGE_OUTSIDE_VERSION);
            boolean totalPairs = cells.cell(r, "level").equals(GroupLevel.TOTAL.code())
                    && cells.cell(r, "measure").equals(CohortCsvWriter.PAIRS);
            if (!totalPairs || text.isEmpty()) {
                continue;
            }
            if (text.equals("<" + minimum)) {
                return Optional.of(new FlaggedPairs(OptionalInt.empty(), true));
            }
            OptionalInt count = cells.whole(r, CohortCsvWriter.AGE_OUTSIDE_VERSION);
            return count.isPresent() ? checked(r, () -> FlaggedPairs.of(count.getAsInt(), minimum))
                    : Optional.of(FlaggedPairs.unknown());
        }
        return Optional.of(FlaggedPairs.unknown());
    }

    private boolean hasAddedValue(CsvRecord r) {
        return !cells.cell(r, "avs_mean").isEmpty() || cells.cell(r, "missing").contains("avs");
    }

    /** A group from its rows: the pairs row, then a row per score. */
    private Optional<CohortGroup> group(List<CsvRecord> rows, List<CohortScale> scales) {
        CsvRecord first = rows.get(0);
        List<String> values = grouping.stream().map(c -> cells.cell(first, c)).toList();
        Optional<GroupLevel> level = level(first);
        if (level.isEmpty()) {
            return Optional.empty();
        }
        // hidden in any row of the group, in this version's words or the earlier ones', is hidden in all
        if (rows.stream().anyMatch(r -> CohortCsvWriter.hides(cells.cell(r, "n"),
                cells.cell(r, CohortCsvWriter.SUPPRESSED)))) {
            return Optional.of(new CohortGroup(values, level.get(), CellStatus.HIDDEN, OptionalInt.empty(),
                    OptionalDouble.empty(), OptionalDouble.empty(), List.of()));
        }
        OptionalInt pairs = cells.whole(first, "n");
        List<ScaleFigures> figures = new ArrayList<>();
        for (CohortScale scale : scales) {
            Optional<CsvRecord> row = rows.stream().filter(r -> cells.cell(r, "measure").equals(scale.name()))
                    .findFirst();
            if (row.isEmpty()) {
                cells.problem(first, "cohort_file.no_score_row");
                return Optional.empty();
            }
            Optional<ScaleFigures> read = checked(row.get(), () -> CohortScaleRows.figures(cells, row.get(), scale));
            if (read.isEmpty()) {
                return Optional.empty();
            }
            figures.add(read.get());
        }
        if (!cells.cell(first, "measure").equals(CohortCsvWriter.PAIRS) || pairs.isEmpty()) {
            cells.problem(first, "cohort_file.pairs_first");
            return Optional.empty();
        }
        return checked(first, () -> new CohortGroup(values, level.get(), CellStatus.SHOWN, pairs,
                cells.number(first, "percent_of_all"), cells.number(first, "percent_of_row"), figures));
    }

    /**
     * What {@code make} builds from row {@code r}, or a problem of the row: the library's records refuse figures
     * that cannot stand together (an interval whose ends are reversed, a p-value below 0), which only an edited
     * file holds.
     */
    private <T> Optional<T> checked(CsvRecord r, Supplier<T> make) {
        try {
            return Optional.of(make.get());
        } catch (IllegalArgumentException e) {
            cells.problem(r, "cohort_file.disagree");
            return Optional.empty();
        }
    }

    private Optional<GroupLevel> level(CsvRecord r) {
        for (GroupLevel l : GroupLevel.values()) {
            if (l.code().equals(cells.cell(r, "level"))) {
                return Optional.of(l);
            }
        }
        cells.problem(r, "cohort_file.level");
        return Optional.empty();
    }

    private Optional<Direction> direction(CsvRecord r) {
        try {
            return Optional.of(Direction.parse(cells.cell(r, "direction")));
        } catch (IllegalArgumentException e) {
            cells.problem(r, "cohort_file.direction");
            return Optional.empty();
        }
    }
}
