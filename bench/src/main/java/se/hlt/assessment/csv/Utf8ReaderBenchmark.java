package se.hlt.assessment.csv;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * {@code Utf8Reader} against the JDK's strict UTF-8 reader, each reading one megabyte of SDQ rows as FastCSV reads
 * them (8,192 characters a call): rows as a Swedish export has them, a place name with å, ä or ö on most, and the
 * same rows in ASCII. One operation is the whole megabyte. Run it with {@code bench/utf8-reader.sh}.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class Utf8ReaderBenchmark {

    private static final String[] AREAS = {"Södra Lappland", "Umeå med kranskommuner", "Skellefteå/Norsjö",
        "Vilhelmina", "Lycksele", "Örnsköldsvik", "Järfälla", "Malmö", "Gävle", "Sundsvall"};

    /** {@code swedish}: place names as written; {@code ascii}: the same with å, ä, ö as a, a, o. */
    @Param({"swedish", "ascii"})
    public String text;

    private byte[] bytes;
    private final char[] chars = new char[8192];

    @Setup
    public void makeRows() {
        Random random = new Random(17);
        StringBuilder rows = new StringBuilder();
        for (int r = 1; rows.length() < 1 << 20; r++) {
            rows.append("hlt-").append(r).append(",2024-02-16,").append(4 + random.nextInt(13)).append(",f,")
                    .append(AREAS[random.nextInt(AREAS.length)]).append(",VT24,consent");
            for (int q = 0; q < 30; q++) {
                rows.append(',').append(random.nextInt(3));
            }
            rows.append('\n');
        }
        String all = text.equals("ascii") ? rows.toString().replace('å', 'a').replace('ä', 'a').replace('ö', 'o')
                .replace('Ö', 'O') : rows.toString();
        bytes = all.getBytes(StandardCharsets.UTF_8);
    }

    /** The JDK's reader with a reporting decoder, as the CSV readers had. */
    @Benchmark
    public long jdkReader() throws IOException {
        return readAll(new InputStreamReader(new ByteArrayInputStream(bytes), StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT)));
    }

    @Benchmark
    public long utf8Reader() throws IOException {
        return readAll(new Utf8Reader(new ByteArrayInputStream(bytes)));
    }

    private long readAll(Reader reader) throws IOException {
        long sum = 0;
        for (int n = reader.read(chars); n >= 0; n = reader.read(chars)) {
            sum += n + chars[n - 1];
        }
        return sum;
    }
}
