package se.hlt.assessment.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import se.hlt.assessment.csv.PairsReadCandidates;

/**
 * Reads a generated pairs file of 100,000 pairs, as {@code hlt compare} writes it, with FastCSV and with the
 * hand-written byte scanner, parsing every score cell: whether the scanner pays for itself (it is kept only if
 * clearly faster). One operation is one whole file. Run it as bench/engine.sh runs EngineBenchmark, e.g.
 * {@code java -cp ... org.openjdk.jmh.Main PairsReadBenchmark -rf json -rff bench/results/pairs-read.json}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class PairsReadBenchmark {

    private Path file;

    @Setup
    public void generate() throws IOException {
        Path dir = Files.createTempDirectory("pairs-read");
        file = PairsReadCandidates.pairsFile(dir, 100_000);
    }

    @Benchmark
    public long fastCsv() throws IOException {
        return PairsReadCandidates.fastCsv(file);
    }

    @Benchmark
    public long byteScanner() throws IOException {
        return PairsReadCandidates.bytes(file);
    }
}
