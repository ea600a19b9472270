package se.hlt.assessment.csv;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import se.hlt.assessment.instrument.Informant;
import se.hlt.assessment.scoring.FormContext;
import se.hlt.assessment.scoring.FormResult;
import se.hlt.assessment.scoring.PreparedInstrument;
import se.hlt.assessment.scoring.Problem;
import se.hlt.assessment.scoring.ProblemKind;
import se.hlt.assessment.scoring.Texts;
import se.hlt.assessment.series.SeriesScorer;
import se.hlt.assessment.text.DecimalText;

/**
 * Reads one row of the long format into a {@link SessionRow} and scores its form with the engine, straight from an
 * answer array. A mark is read exactly into tenths (a decimal point or a decimal comma), and checked against its
 * scale before it goes into the array, so that a negative mark can never pass for a missing one. Every problem
 * names its column; a value is echoed only when short.
 */
final class RowParser {

    /** The oldest age the batch reads (as {@code FormJson} does). */
    private static final int OLDEST = 120;

    private final SessionColumns columns;
    private final int clientColumn;
    private final int episodeColumn;
    private final int sessionColumn;
    private final int dateColumn;
    private final int instrumentColumn;
    private final int raterColumn;
    private final int ageColumn;

    /** The session measures, by lower-case id; and per measure, answer column position &rarr; question index. */
    private final List<String> instrumentIds;
    private final List<PreparedInstrument> instruments;
    private final List<int[]> questionOfColumn;
    private final String instrumentsText;

    private final List<Optional<Informant>> raters;
    private final OptionalInt[] ages = new OptionalInt[OLDEST + 1];

    RowParser(SessionColumns columns, SeriesScorer scorer) {
        this.columns = columns;
        clientColumn = columns.position(SessionColumns.Field.CLIENT);
        episodeColumn = columns.position(SessionColumns.Field.EPISODE);
        sessionColumn = columns.position(SessionColumns.Field.SESSION);
        dateColumn = columns.position(SessionColumns.Field.DATE);
        instrumentColumn = columns.position(SessionColumns.Field.INSTRUMENT);
        raterColumn = columns.position(SessionColumns.Field.RATER);
        ageColumn = columns.position(SessionColumns.Field.AGE);
        instrumentIds = new ArrayList<>(scorer.rules().measures().outcome());
        instrumentIds.addAll(scorer.rules().measures().alliance());
        instruments = new ArrayList<>();
        questionOfColumn = new ArrayList<>();
        for (String id : instrumentIds) {
            PreparedInstrument p = scorer.scorer().prepared(id).orElseThrow(() ->
                    new IllegalStateException("the rules name " + id + ", which has no definition"));
            instruments.add(p);
            int[] byColumn = new int[columns.header.size()];
            Arrays.fill(byColumn, -1);
            for (Map.Entry<String, Integer> answer : columns.answers.entrySet()) {
                p.indexOf(answer.getKey()).ifPresent(q -> byColumn[answer.getValue()] = q);
            }
            questionOfColumn.add(byColumn);
        }
        instrumentsText = String.join(", ", instrumentIds.stream().map(i -> i.toUpperCase(Locale.ROOT)).toList());
        List<Optional<Informant>> byOrdinal = new ArrayList<>();
        for (Informant rater : Informant.values()) {
            byOrdinal.add(Optional.of(rater));
        }
        raters = List.copyOf(byOrdinal);
        for (int age = 0; age <= OLDEST; age++) {
            ages[age] = OptionalInt.of(age);
        }
    }

    /** The column of the client's id. */
    int clientColumn() {
        return clientColumn;
    }

    /**
     * Reads the row into {@code into} and scores it, unless it has problems of its own (then {@code into} holds
     * them and no result).
     *
     * @param spanning whether the row runs over lines where it may not: then it is not read, and its lines named
     * @param client the client's id, as an Optional shared by the client's rows (the forms' context id)
     */
    void parse(CsvRow cells, boolean spanning, SessionRow into, Optional<String> client) {
        cells.copyInto(into.cells);
        if (spanning) {
            long first = cells.firstLine();
            long last = cells.lastLine();
            into.fault("", ErrorTexts.SPANS_LINES, locale -> ErrorTexts.spansLines(first, last, locale));
            return;
        }
        if (cells.size() != columns.header.size()) {
            int size = cells.size();
            int expected = columns.header.size();
            into.fault("", ProblemKind.WRONG_CELL_COUNT.code(),
                    locale -> ErrorTexts.wrongCellCount(size, expected, locale));
            return;
        }
        if (client.isEmpty()) {
            into.noClient = true;
            String header = columns.clientHeader();
            into.fault(header, ErrorTexts.NO_CLIENT, locale -> Texts.format("error.no_client", locale, header));
        }
        if (episodeColumn >= 0 && !CellText.isBlank(cells.cell(episodeColumn))) {
            into.episode = cells.text(episodeColumn).strip();
        }
        into.session = session(cells);
        if (into.session < 1) {
            fault(into, sessionColumn, cells, ProblemKind.NOT_A_WHOLE_NUMBER, "a session number, 1 or more");
        }
        if (dateColumn >= 0 && !CellText.isBlank(cells.cell(dateColumn))) {
            into.date = date(cells.cell(dateColumn));
            if (into.date == null) {
                fault(into, dateColumn, cells, ProblemKind.BAD_VALUE, "a date such as 2026-01-12, or empty");
            }
        }
        int instrument = instrument(cells.cell(instrumentColumn));
        if (instrument < 0) {
            fault(into, instrumentColumn, cells, ProblemKind.BAD_VALUE, instrumentsText);
        }
        Informant rater = Informant.SELF;
        if (raterColumn >= 0) {
            rater = rater(cells.cell(raterColumn));
            if (rater == null) {
                fault(into, raterColumn, cells, ProblemKind.BAD_VALUE, "self, parent, teacher, other, or empty");
            }
        }
        OptionalInt age = OptionalInt.empty();
        if (ageColumn >= 0 && !CellText.isBlank(cells.cell(ageColumn))) {
            long years = DecimalText.scan(cells.cell(ageColumn), 0);
            if (years < 0 || years > OLDEST) {
                fault(into, ageColumn, cells, ProblemKind.NOT_A_WHOLE_NUMBER, "the age in whole years, 0 to 120");
            } else {
                age = ages[(int) years];
            }
        }
        if (instrument < 0) {
            return;
        }
        int[] codes = answers(cells, into, instrument);
        if (into.faulty() || rater == null) {
            return;
        }
        FormContext context = new FormContext(client, age, Optional.empty(), raters.get(rater.ordinal()));
        FormResult result = instruments.get(instrument).score(codes, context);
        if (!result.isValid()) {
            for (Problem p : result.problems()) {
                into.fault(p);
            }
            return;
        }
        into.result = result;
    }

    /** The answer array of the row's form, with a fault for each cell that cannot go into it. */
    private int[] answers(CsvRow cells, SessionRow into, int instrument) {
        PreparedInstrument p = instruments.get(instrument);
        int[] byColumn = questionOfColumn.get(instrument);
        int[] codes = new int[p.questionNames().size()];
        Arrays.fill(codes, PreparedInstrument.MISSING);
        for (int column : columns.answers.values()) {
            CharSequence cell = cells.cell(column);
            if (CellText.isBlank(cell)) {
                continue;
            }
            int q = byColumn[column];
            String name = columns.header.get(column);
            if (q < 0) {
                String shown = Problem.shown(cell.toString());
                String id = instrumentIds.get(instrument).toUpperCase(Locale.ROOT);
                into.fault(name, ErrorTexts.NO_SUCH_SCALE,
                        locale -> Texts.format("error.no_such_scale", locale, name, shown, id));
                continue;
            }
            long code = DecimalText.scan(cell, p.decimalsOf(q));
            if (code == DecimalText.TOO_MANY_DECIMALS) {
                into.fault(Problem.of(name, ProblemKind.TOO_MANY_DECIMALS, cell.toString(), p.allowedCodes(q)));
            } else if (code == DecimalText.NOT_A_NUMBER) {
                into.fault(Problem.of(name, ProblemKind.NOT_A_NUMBER, cell.toString(), p.allowedCodes(q)));
            } else if (code < Integer.MIN_VALUE || code > Integer.MAX_VALUE || !p.accepts(q, (int) code)) {
                // the engine's kind of problem (out of range, or not one of the codes), with the cell as typed
                ProblemKind kind = p.codeProblem(q, (int) Math.max(Integer.MIN_VALUE, Math.min(Integer.MAX_VALUE,
                        code))).kind();
                into.fault(Problem.of(name, kind, CellText.stripped(cell).toString(), p.allowedCodes(q)));
            } else {
                codes[q] = (int) code;
            }
        }
        return codes;
    }

    private void fault(SessionRow into, int column, CsvRow cells, ProblemKind kind, String allowed) {
        String name = columns.header.get(column);
        into.fault(Problem.of(name, kind, cells.text(column).strip(), allowed));
    }

    private int session(CsvRow cells) {
        long session = DecimalText.scan(cells.cell(sessionColumn), 0);
        return session < 1 || session > 100_000 ? 0 : (int) session;
    }

    /** The index of the instrument the cell names (any case, e.g. {@code ORS}), or -1. */
    private int instrument(CharSequence cell) {
        CharSequence name = CellText.stripped(cell);
        for (int i = 0; i < instrumentIds.size(); i++) {
            String id = instrumentIds.get(i);
            if (id.length() == name.length() && CellText.equalsIgnoreCase(id, name)) {
                return i;
            }
        }
        return -1;
    }

    /** How raters may be written, lower case, in English and Swedish; an empty cell is the child's own rating. */
    private static final List<Map.Entry<String, Informant>> RATER_NAMES = List.of(
            Map.entry("self", Informant.SELF), Map.entry("", Informant.SELF), Map.entry("själv", Informant.SELF),
            Map.entry("jag", Informant.SELF), Map.entry("barn", Informant.SELF), Map.entry("barnet", Informant.SELF),
            Map.entry("parent", Informant.PARENT), Map.entry("förälder", Informant.PARENT),
            Map.entry("vårdnadshavare", Informant.PARENT), Map.entry("caretaker", Informant.PARENT),
            Map.entry("teacher", Informant.TEACHER), Map.entry("lärare", Informant.TEACHER),
            Map.entry("pedagog", Informant.TEACHER), Map.entry("other", Informant.OTHER),
            Map.entry("annan", Informant.OTHER));

    /** The rater the cell names (any case), {@code self} when it is empty, or null when it names none. */
    private static Informant rater(CharSequence cell) {
        CharSequence name = CellText.stripped(cell);
        for (Map.Entry<String, Informant> candidate : RATER_NAMES) {
            String key = candidate.getKey();
            if (key.length() == name.length() && CellText.equalsIgnoreCase(key, name)) {
                return candidate.getValue();
            }
        }
        return null;
    }

    /** A date written yyyy-mm-dd, or null. */
    private static LocalDate date(CharSequence cell) {
        CharSequence d = CellText.stripped(cell);
        if (d.length() != 10 || d.charAt(4) != '-' || d.charAt(7) != '-') {
            return null;
        }
        int year = digits(d, 0, 4);
        int month = digits(d, 5, 7);
        int day = digits(d, 8, 10);
        if (year < 0 || month < 0 || day < 0) {
            return null;
        }
        try {
            return LocalDate.of(year, month, day);
        } catch (DateTimeException e) {
            return null;
        }
    }

    private static int digits(CharSequence s, int from, int to) {
        int value = 0;
        for (int i = from; i < to; i++) {
            char c = s.charAt(i);
            if (c < '0' || c > '9') {
                return -1;
            }
            value = value * 10 + (c - '0');
        }
        return value;
    }
}
