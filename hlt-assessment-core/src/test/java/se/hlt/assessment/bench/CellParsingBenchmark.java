package se.hlt.assessment.bench;

import java.nio.CharBuffer;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import se.hlt.assessment.csv.BenchAccess;

/**
 * Reading the whole-number cells of one SDQ row (25 answers, about one in twenty empty, and an age) from the
 * row's character buffer, as {@code CsvRow} holds it: the hand-made {@code SmallInts.parse} against the JDK's
 * {@link Integer#parseInt} on a string per cell (what FastCSV's records would give) and on a view of the buffer.
 * One operation is one row. Run it as {@code bench/engine.sh} runs JMH, with {@code CellParsingBenchmark}.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class CellParsingBenchmark {

    private static final int ROWS = 1024;
    private static final int CELLS = 26;

    private char[][] rows;
    private int[][] starts;
    private int[][] lengths;
    private int next;

    /** A pool of rows, so that branch prediction cannot learn one. */
    @Setup
    public void rows() {
        Random random = new Random(20_250_101L);
        rows = new char[ROWS][];
        starts = new int[ROWS][CELLS];
        lengths = new int[ROWS][CELLS];
        for (int r = 0; r < ROWS; r++) {
            StringBuilder row = new StringBuilder();
            for (int c = 0; c < CELLS; c++) {
                String cell = c == CELLS - 1 ? Integer.toString(4 + random.nextInt(14))
                        : random.nextInt(20) == 0 ? "" : Integer.toString(random.nextInt(3));
                if (c > 0) {
                    row.append(',');
                }
                starts[r][c] = row.length();
                lengths[r][c] = cell.length();
                row.append(cell);
            }
            rows[r] = row.toString().toCharArray();
        }
    }

    private int row() {
        return next++ & (ROWS - 1);
    }

    /** The hand-made parser, straight from the buffer. */
    @Benchmark
    public int smallInts() {
        int r = row();
        int sum = 0;
        for (int c = 0; c < CELLS; c++) {
            int value = BenchAccess.smallInt(rows[r], starts[r][c], lengths[r][c]);
            sum += value == BenchAccess.BLANK ? 0 : value;
        }
        return sum;
    }

    /** A string per cell, stripped, then {@link Integer#parseInt(String)}. */
    @Benchmark
    public int stringPerCell() {
        int r = row();
        int sum = 0;
        for (int c = 0; c < CELLS; c++) {
            String cell = new String(rows[r], starts[r][c], lengths[r][c]).strip();
            sum += cell.isEmpty() ? 0 : Integer.parseInt(cell);
        }
        return sum;
    }

    /** {@link Integer#parseInt(CharSequence, int, int, int)} on a view of the buffer (no whitespace handling). */
    @Benchmark
    public int parseIntOnView() {
        int r = row();
        CharBuffer view = CharBuffer.wrap(rows[r]);
        int sum = 0;
        for (int c = 0; c < CELLS; c++) {
            int start = starts[r][c];
            int length = lengths[r][c];
            sum += length == 0 ? 0 : Integer.parseInt(view, start, start + length, 10);
        }
        return sum;
    }
}
