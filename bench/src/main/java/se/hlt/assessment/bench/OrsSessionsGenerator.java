package se.hlt.assessment.bench;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Random;

/**
 * Writes a synthetic sessions file for {@code bench/batch-ors.sh}: the long format of {@code hlt batch ors}, one row
 * per form, clients one after another. Plain Java with no dependencies; the script runs it from
 * the bench module's jar ({@code java -cp bench/target/benchmarks.jar}).
 *
 * <pre>
 * java -cp ... se.hlt.assessment.bench.OrsSessionsGenerator OUT.csv [CLIENTS] [SESSIONS] [; ]
 * </pre>
 *
 * <p>Each client has {@code SESSIONS} sessions (default 5) with an outcome form at the start and an alliance form
 * at the end of each: 10 rows per client, so the default 100,000 clients make 1,000,000 rows. Three clients in four
 * are adolescents on the ORS/SRS, one in four a child on the CORS/CSRS; for one client in ten the outcome forms are
 * a parent's (a second track); one outcome form in twenty is a total-only record. Totals drift with noise, so that
 * every kind of change and alert occurs. About one row in five hundred has a mistake (a mark of 10.5, or a
 * duplicate session) so that the errors file is exercised too. With {@code ;} as the fourth
 * argument the file is written as a Swedish spreadsheet writes it: semicolons and decimal commas. The same
 * arguments always give the same file.
 */
public final class OrsSessionsGenerator {

    private static final long SEED = 20_260_112L;

    private OrsSessionsGenerator() {
    }

    /** Writes the file; see the class comment for the arguments. */
    public static void main(String[] args) throws IOException {
        Path out = Path.of(args[0]);
        int clients = args.length > 1 ? Integer.parseInt(args[1]) : 100_000;
        int sessions = args.length > 2 ? Integer.parseInt(args[2]) : 5;
        char delimiter = args.length > 3 && args[3].equals(";") ? ';' : ',';
        try (Writer w = new BufferedWriter(Files.newBufferedWriter(out, StandardCharsets.UTF_8), 1 << 16)) {
            write(w, clients, sessions, delimiter);
        }
    }

    static void write(Writer w, int clients, int sessions, char d) throws IOException {
        Random random = new Random(SEED);
        char decimal = d == ';' ? ',' : '.';
        w.write(String.join(String.valueOf(d), "client", "session", "date", "instrument", "rater", "age",
                "individually", "interpersonally", "socially", "relationship", "goals", "approach", "overall",
                "total"));
        w.write('\n');
        StringBuilder line = new StringBuilder(128);
        LocalDate start = LocalDate.of(2025, 1, 6);
        for (int c = 0; c < clients; c++) {
            String client = "c" + (100_000 + c);
            boolean child = random.nextInt(4) == 0;
            int age = child ? 6 + random.nextInt(7) : 13 + random.nextInt(5);
            String outcome = child ? "CORS" : "ORS";
            String alliance = child ? "CSRS" : "SRS";
            String outcomeRater = random.nextInt(10) == 0 ? "parent" : "self";
            double level = 3 + random.nextDouble() * 4; // mean mark at intake
            double trend = random.nextDouble() * 0.8 - 0.2; // per session
            LocalDate date = start.plusDays(random.nextInt(300));
            for (int s = 1; s <= sessions; s++) {
                int session = random.nextInt(1000) == 0 && s > 1 ? s - 1 : s; // now and then a duplicate
                double mean = level + trend * (s - 1);
                begin(line, client, session, date, outcome, outcomeRater, age, d);
                if (random.nextInt(20) == 0) {
                    // a paper record of the total only
                    line.append(String.valueOf(d).repeat(7));
                    tenths(line, (int) Math.round(Math.min(40, Math.max(0, 4 * mean)) * 10), decimal);
                } else {
                    for (int k = 0; k < 3; k++) {
                        mark(line, mean + random.nextGaussian() * 0.8, random, decimal).append(d);
                    }
                    line.append(d).append(d).append(d); // no SRS scales
                    mark(line, mean + random.nextGaussian() * 0.8, random, decimal).append(d); // overall; no total
                }
                w.append(line).append('\n');
                begin(line, client, s, date, alliance, "self", age, d);
                line.append(d).append(d).append(d); // no ORS scales
                double alliancePoint = 8.2 + random.nextDouble() * 1.8;
                for (int k = 0; k < 4; k++) {
                    mark(line, alliancePoint + random.nextGaussian() * 0.4, random, decimal).append(d);
                }
                w.append(line).append('\n'); // the empty total ends the row
                date = date.plusDays(7 + random.nextInt(8));
            }
        }
    }

    /** Starts a row: client, session, date, instrument, rater, age, and the delimiter before the answers. */
    private static void begin(StringBuilder line, String client, int session, LocalDate date, String instrument,
                              String rater, int age, char d) {
        line.setLength(0);
        line.append(client).append(d).append(session).append(d).append(date).append(d).append(instrument).append(d)
                .append(rater).append(d).append(age).append(d);
    }

    private static StringBuilder mark(StringBuilder line, double value, Random random, char decimal) {
        int tenths = (int) Math.round(Math.min(10, Math.max(0, value)) * 10);
        if (random.nextInt(2000) == 0) {
            tenths = 105; // a mistyped mark: out of range
        }
        return tenths(line, tenths, decimal);
    }

    private static StringBuilder tenths(StringBuilder line, int tenths, char decimal) {
        return line.append(tenths / 10).append(decimal).append(tenths % 10);
    }
}
