package se.hlt.assessment.csv;

import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import se.hlt.assessment.bench.GenerateSdqPairsCsv;

/**
 * The two ways of reading a pairs file that {@code bench.PairsReadBenchmark} compares: the hand-written byte
 * scanner the cohort used, and FastCSV. Each reads every row and parses every score cell ({@code _t1},
 * {@code _t2}) as a whole number, the part of the cohort's reading that depends on the CSV reader; the sums
 * keep the JIT from dropping the work and let a test check both read the same.
 */
public final class PairsReadCandidates {

    private PairsReadCandidates() {
    }

    /** A pairs file of about {@code pairs} rows in {@code dir}, as hlt compare writes it from generated forms. */
    public static Path pairsFile(Path dir, int pairs) throws IOException {
        Path b = dir.resolve("baseline.csv");
        Path f = dir.resolve("followup.csv");
        GenerateSdqPairsCsv.main(new String[] {String.valueOf(pairs), b.toString(), f.toString()});
        Path out = dir.resolve("pairs.csv");
        SdqPairsCsv.builtIn().run(CompareInput.twoFiles(b, f), new CompareOutputs(out, dir.resolve("u.csv"),
                dir.resolve("e.csv")), CompareOptions.defaults(), ProgressListener.NONE).summary().orElseThrow();
        return out;
    }

    /** The positions of the score cells in {@code header}. */
    private static int[] scoreColumns(List<String> header) {
        return java.util.stream.IntStream.range(0, header.size())
                .filter(i -> header.get(i).endsWith("_t1") || header.get(i).endsWith("_t2"))
                .filter(i -> !header.get(i).startsWith("date") && !header.get(i).startsWith("status"))
                .filter(i -> !header.get(i).contains("band")).toArray();
    }

    /** Reads {@code file} with FastCSV: the sum of its score cells. */
    public static long fastCsv(Path file) throws IOException {
        long sum = 0;
        try (CsvReader<CsvRecord> reader = CsvReader.builder().ofCsvRecord(file)) {
            int[] scores = null;
            for (CsvRecord row : reader) {
                if (scores == null) {
                    scores = scoreColumns(row.getFields());
                    continue;
                }
                for (int c : scores) {
                    String cell = row.getField(c);
                    if (!cell.isEmpty()) {
                        sum += Integer.parseInt(cell);
                    }
                }
            }
        }
        return sum;
    }

    /** Reads {@code file} with the byte scanner: the sum of its score cells. */
    public static long bytes(Path file) throws IOException {
        int[] scores;
        try (CsvReader<CsvRecord> reader = CsvReader.builder().ofCsvRecord(file)) {
            scores = scoreColumns(reader.iterator().next().getFields());
        }
        long[] sum = new long[1];
        boolean[] header = {true};
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
            new ByteCsvScanner(channel, ',').scan(0, channel.size(), row -> {
                if (header[0]) {
                    header[0] = false;
                    return true;
                }
                for (int c : scores) {
                    int value = row.smallInt(c);
                    if (value != ByteRecord.BLANK) {
                        sum[0] += value;
                    }
                }
                return true;
            });
        }
        return sum[0];
    }

}
