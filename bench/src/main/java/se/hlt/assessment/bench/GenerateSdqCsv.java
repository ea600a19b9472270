package se.hlt.assessment.bench;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.SplittableRandom;

/**
 * Writes a CSV of random, valid SDQ parent 4-17 baseline forms for the batch benchmark
 * ({@code bench/batch-sdq.sh}): an id, the 25 items, the impact supplement, age and sex, with about one cell in
 * twenty left empty, so that prorating and missing scores are exercised too.
 *
 * <pre>{@code java -cp bench/target/benchmarks.jar se.hlt.assessment.bench.GenerateSdqCsv 1000000 in.csv [seed]}</pre>
 */
public final class GenerateSdqCsv {

    private static final String[] ITEMS = {"consid", "restles", "somatic", "shares", "tantrum", "loner", "obeys",
        "worries", "caring", "fidgety", "friend", "fights", "unhappy", "popular", "distrac", "clingy", "kind",
        "lies", "bullied", "helpout", "reflect", "steals", "oldbest", "afraid", "attends"};
    private static final String[] IMPACT = {"ebddiff", "distres", "imphome", "impfrie", "impclas", "impleis"};

    private GenerateSdqCsv() {
    }

    /**
     * Writes the file.
     *
     * @param args the number of rows, the output file, and optionally a random seed
     */
    public static void main(String[] args) throws IOException {
        if (args.length < 2) {
            System.err.println("usage: GenerateSdqCsv ROWS OUT.csv [SEED]");
            System.exit(2);
        }
        long rows = Long.parseLong(args[0]);
        Path out = Path.of(args[1]);
        long seed = args.length > 2 ? Long.parseLong(args[2]) : 20251124L;
        try (Writer writer = new BufferedWriter(Files.newBufferedWriter(out, StandardCharsets.UTF_8), 1 << 16)) {
            write(rows, new SplittableRandom(seed), writer);
        }
    }

    static void write(long rows, SplittableRandom random, Writer writer) throws IOException {
        StringBuilder line = new StringBuilder(128);
        line.append("id");
        for (String item : ITEMS) {
            line.append(",p").append(item);
        }
        for (String question : IMPACT) {
            line.append(",p").append(question);
        }
        line.append(",age,sex\n");
        writer.append(line);
        for (long r = 1; r <= rows; r++) {
            line.setLength(0);
            line.append("hlt-").append(r);
            for (int i = 0; i < ITEMS.length; i++) {
                line.append(',');
                answer(random, 2, line);
            }
            for (int i = 0; i < IMPACT.length; i++) {
                line.append(',');
                answer(random, 3, line);
            }
            line.append(',').append(4 + random.nextInt(14));
            line.append(',').append(random.nextBoolean() ? 'f' : 'm').append('\n');
            writer.append(line);
        }
    }

    /** An answer from 0 to {@code max}, or (one time in twenty) an empty cell. */
    private static void answer(SplittableRandom random, int max, StringBuilder line) {
        if (random.nextInt(20) != 0) {
            line.append((char) ('0' + random.nextInt(max + 1)));
        }
    }
}
