package se.hlt.assessment.csv;

import de.siegmar.fastcsv.writer.CsvWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * The CSV layer's hand-made constructs against what FastCSV and the JDK already do, as the redesign issue asks of
 * each construct kept for speed (one thread, average time per operation, and the bytes each allocates):
 * <ul>
 *   <li>{@code CsvLineWriter} against FastCSV's {@code CsvWriter}: one row of {@code hlt batch sdq}'s output, its
 *       34 input cells passed through and 63 cells of scores, bands, z-scores and flags;</li>
 *   <li>{@code TextInterner} against a {@code HashMap<String, Integer>}: numbering one id read from a row, among
 *       100,000 ids each seen twice, as {@code hlt compare} keeps a file's ids;</li>
 *   <li>{@code IsoDates} against {@code LocalDate.parse}: reading one date cell to a day number;</li>
 *   <li>a Windows-1252 output ({@code CsvLineWriter}'s UTF-8 bytes re-encoded by {@code Utf8ToCharsetStream})
 *       against FastCSV's writer over an {@code OutputStreamWriter} in Windows-1252: the same row with Swedish
 *       text in three of its cells.</li>
 * </ul>
 * In this package so that it reaches the package-private classes; run with {@code bench/csv-constructs.sh}.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
public class CsvConstructsBenchmark {

    private static final int ROWS = 1024;
    private static final int IDS = 100_000;
    private static final String[] COMPUTED = {"0", "1", "2", "3", "12", "17", "normal", "borderline", "abnormal",
        "close_to_average", "slightly_raised", "high", "very_high", "0.60", "-1.25", "2.39", "", "", "", "",
        "complete", "prorated:pemotion(4/5)"};

    // one output row at a time: the input cells as CsvRow keeps them (separated by the delimiter) and as strings
    private char[][] inputChars;
    private int[][] inputStarts;
    private int[][] inputLengths;
    private String[][] inputStrings;
    private int[][] computed;
    private int row;

    private CsvLineWriter lineWriter;
    private Prepared[] prepared;
    private CsvWriter fastCsv;

    private char[][] ids;
    private int nextId;
    private TextInterner interner;
    private Map<String, Integer> numbers;

    private CsvLineWriter lineWriter1252;
    private Prepared[] prepared1252;
    private CsvWriter fastCsv1252;
    private char[][] swedishChars;
    private int[][] swedishStarts;
    private int[][] swedishLengths;
    private String[][] swedishStrings;
    private char[][] dashedChars;
    private int[][] dashedStarts;
    private int[][] dashedLengths;
    private String[][] dashedStrings;

    private char[][] dates;
    private int nextDate;

    @Setup(Level.Trial)
    public void setUp() throws IOException {
        Random random = new Random(20_261_207L);
        inputChars = new char[ROWS][];
        inputStarts = new int[ROWS][];
        inputLengths = new int[ROWS][];
        inputStrings = new String[ROWS][];
        computed = new int[ROWS][63];
        for (int r = 0; r < ROWS; r++) {
            List<String> cells = new ArrayList<>();
            cells.add("hlt-" + r);
            for (int c = 1; c < 34; c++) {
                cells.add(random.nextInt(20) == 0 ? "" : String.valueOf(random.nextInt(3)));
            }
            inputStrings[r] = cells.toArray(String[]::new);
            String joined = String.join(",", cells);
            inputChars[r] = joined.toCharArray();
            inputStarts[r] = new int[cells.size()];
            inputLengths[r] = new int[cells.size()];
            for (int c = 0, at = 0; c < cells.size(); c++) {
                inputStarts[r][c] = at;
                inputLengths[r][c] = cells.get(c).length();
                at += cells.get(c).length() + 1;
            }
            for (int c = 0; c < 63; c++) {
                computed[r][c] = random.nextInt(COMPUTED.length);
            }
        }
        lineWriter = CsvLineWriter.of(OutputStream.nullOutputStream(), ',', false);
        prepared = new Prepared[COMPUTED.length];
        for (int i = 0; i < COMPUTED.length; i++) {
            prepared[i] = lineWriter.prepare(COMPUTED[i]);
        }
        Writer text = new OutputStreamWriter(OutputStream.nullOutputStream(), StandardCharsets.UTF_8);
        fastCsv = CsvWriter.builder().build(text);

        CsvInputStart windows = new CsvInputStart(false, ',', TextEncoding.WINDOWS_1252, false, true);
        lineWriter1252 = CsvLineWriter.of(OutputStream.nullOutputStream(), windows);
        prepared1252 = new Prepared[COMPUTED.length];
        for (int i = 0; i < COMPUTED.length; i++) {
            prepared1252[i] = lineWriter1252.prepare(COMPUTED[i]);
        }
        fastCsv1252 = CsvWriter.builder().build(new OutputStreamWriter(OutputStream.nullOutputStream(),
                java.nio.charset.Charset.forName("windows-1252")));
        String[] swedish = {"Örebro län", "Västra Götaland", "förskoleklass åk 1", "Jönköping"};
        swedishStrings = withCells(swedish, random);
        swedishChars = charsOf(swedishStrings);
        swedishStarts = startsOf(swedishStrings);
        swedishLengths = lengthsOf(swedishStrings);
        // one row in four or so with a dash, 1252's own character (byte 96): Utf8ToCharsetStream's fast path
        // took only U+00A0-U+00FF until 2026-12-07, and left a whole chunk with one dash to the decoder
        String[] dashed = {"Örebro län", "Västra Götaland", "förskoleklass åk 1", "Jönköping", "Skåne – nordost"};
        dashedStrings = withCells(dashed, random);
        dashedChars = charsOf(dashedStrings);
        dashedStarts = startsOf(dashedStrings);
        dashedLengths = lengthsOf(dashedStrings);

        ids = new char[2 * IDS][];
        for (int i = 0; i < ids.length; i++) {
            ids[i] = String.format("k-%06d", random.nextInt(IDS)).toCharArray();
        }
        dates = new char[ROWS][];
        for (int i = 0; i < ROWS; i++) {
            dates[i] = LocalDate.of(2020, 1, 1).plusDays(random.nextInt(2000)).toString().toCharArray();
        }
    }

    /** Each row's input cells with cells 31-33 drawn from {@code texts}. */
    private String[][] withCells(String[] texts, Random random) {
        String[][] rows = new String[ROWS][];
        for (int r = 0; r < ROWS; r++) {
            String[] cells = inputStrings[r].clone();
            for (int c = 31; c < 34; c++) {
                cells[c] = texts[random.nextInt(texts.length)];
            }
            rows[r] = cells;
        }
        return rows;
    }

    private static char[][] charsOf(String[][] rows) {
        char[][] chars = new char[rows.length][];
        for (int r = 0; r < rows.length; r++) {
            chars[r] = String.join(",", rows[r]).toCharArray();
        }
        return chars;
    }

    private static int[][] startsOf(String[][] rows) {
        int[][] starts = new int[rows.length][];
        for (int r = 0; r < rows.length; r++) {
            starts[r] = new int[rows[r].length];
            for (int c = 1; c < rows[r].length; c++) {
                starts[r][c] = starts[r][c - 1] + rows[r][c - 1].length() + 1;
            }
        }
        return starts;
    }

    private static int[][] lengthsOf(String[][] rows) {
        int[][] lengths = new int[rows.length][];
        for (int r = 0; r < rows.length; r++) {
            lengths[r] = new int[rows[r].length];
            for (int c = 0; c < rows[r].length; c++) {
                lengths[r][c] = rows[r][c].length();
            }
        }
        return lengths;
    }

    /** A fresh table for each iteration, so that the ids are new to it at first and repeats after. */
    @Setup(Level.Iteration)
    public void freshTables() {
        interner = new TextInterner();
        numbers = new HashMap<>();
        nextId = 0;
    }

    @Benchmark
    public int writeRowWithCsvLineWriter() {
        return writeRow(lineWriter, prepared, inputChars, inputStarts, inputLengths);
    }

    @Benchmark
    public int writeRowWithFastCsv() {
        return writeRow(fastCsv, inputStrings);
    }

    @Benchmark
    public int writeSwedishRow1252WithCsvLineWriter() {
        return writeRow(lineWriter1252, prepared1252, swedishChars, swedishStarts, swedishLengths);
    }

    @Benchmark
    public int writeSwedishRow1252WithFastCsv() {
        return writeRow(fastCsv1252, swedishStrings);
    }

    @Benchmark
    public int writeDashedRow1252WithCsvLineWriter() {
        return writeRow(lineWriter1252, prepared1252, dashedChars, dashedStarts, dashedLengths);
    }

    /** The next row through {@code writer}: its input cells as one block, then its computed cells, prepared. */
    private int writeRow(CsvLineWriter writer, Prepared[] texts, char[][] chars, int[][] starts, int[][] lengths) {
        int r = row++ & (ROWS - 1);
        writer.rowCells(chars[r], chars[r].length, starts[r], lengths[r], 34, true);
        int[] cells = computed[r];
        for (int c = 0; c < cells.length; c++) {
            writer.field(texts[cells[c]]);
        }
        writer.endLine();
        return r;
    }

    /** The next row through FastCSV's {@code writer}, as the strings its records would hold. */
    private int writeRow(CsvWriter writer, String[][] input) {
        int r = row++ & (ROWS - 1);
        String[] fields = new String[97];
        System.arraycopy(input[r], 0, fields, 0, 34);
        int[] cells = computed[r];
        for (int c = 0; c < cells.length; c++) {
            fields[34 + c] = COMPUTED[cells[c]];
        }
        writer.writeRecord(fields);
        return r;
    }

    @Benchmark
    public int numberIdWithTextInterner() {
        char[] id = ids[nextId++ % ids.length];
        return interner.intern(id, 0, id.length);
    }

    @Benchmark
    public Integer numberIdWithHashMap() {
        char[] id = ids[nextId++ % ids.length];
        // the string FastCSV's record would hold, trimmed as the interner trims
        return numbers.computeIfAbsent(new String(id).strip(), k -> numbers.size());
    }

    @Benchmark
    public int readDateWithIsoDates() {
        char[] date = dates[nextDate++ & (ROWS - 1)];
        return IsoDates.scan(date, 0, date.length);
    }

    @Benchmark
    public long readDateWithLocalDate() {
        char[] date = dates[nextDate++ & (ROWS - 1)];
        try {
            return LocalDate.parse(new String(date).strip()).toEpochDay();
        } catch (DateTimeParseException e) {
            return Long.MIN_VALUE;
        }
    }
}
