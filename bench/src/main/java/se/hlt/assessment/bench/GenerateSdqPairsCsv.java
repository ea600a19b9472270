package se.hlt.assessment.bench;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.SplittableRandom;

/**
 * Writes a baseline and a follow-up CSV of random, valid SDQ parent 4-17 forms for the pairing benchmark
 * ({@code bench/compare-cohort.sh}): an id, a date, age, sex, three pass-through columns to group by (area,
 * period, consent), the 25 items and the impact supplement (the follow-up file also {@code pfureduc} and
 * {@code pfuhelp}), about one cell in twenty empty. Each file has exactly the number of rows asked for.
 *
 * <p>Most children have one baseline and one follow-up 3&ndash;7 months later, with difficulties somewhat lower
 * on average; about one in a hundred has no follow-up (its place in the follow-up file goes to a child without
 * a baseline), and about one in two hundred has a second baseline, so pairing meets orphans and conflicts.
 *
 * <pre>{@code java -cp bench/target/benchmarks.jar se.hlt.assessment.bench.GenerateSdqPairsCsv 1000000 b.csv f.csv [seed]}</pre>
 */
public final class GenerateSdqPairsCsv {

    private static final String[] ITEMS = {"consid", "restles", "somatic", "shares", "tantrum", "loner", "obeys",
        "worries", "caring", "fidgety", "friend", "fights", "unhappy", "popular", "distrac", "clingy", "kind",
        "lies", "bullied", "helpout", "reflect", "steals", "oldbest", "afraid", "attends"};
    private static final String[] IMPACT = {"ebddiff", "distres", "imphome", "impfrie", "impclas", "impleis"};
    private static final String[] AREAS = {"Södra Lappland", "Umeå med kranskommuner", "Skellefteå/Norsjö",
        "Lycksele", "Vilhelmina"};
    private static final String[] CONSENT = {"consent", "consent", "consent", "anonymous"};
    private static final LocalDate FIRST_DAY = LocalDate.of(2024, 1, 8);

    private GenerateSdqPairsCsv() {
    }

    /**
     * Writes the two files.
     *
     * @param args the number of rows per file, the baseline file, the follow-up file, and optionally a seed
     */
    public static void main(String[] args) throws IOException {
        if (args.length < 3) {
            System.err.println("usage: GenerateSdqPairsCsv ROWS BASELINE.csv FOLLOWUP.csv [SEED]");
            System.exit(2);
        }
        long rows = Long.parseLong(args[0]);
        long seed = args.length > 3 ? Long.parseLong(args[3]) : 20251124L;
        try (Writer baseline = writer(Path.of(args[1])); Writer followUp = writer(Path.of(args[2]))) {
            write(rows, new SplittableRandom(seed), baseline, followUp);
        }
    }

    private static Writer writer(Path path) throws IOException {
        return new BufferedWriter(Files.newBufferedWriter(path, StandardCharsets.UTF_8), 1 << 16);
    }

    static void write(long rows, SplittableRandom random, Writer baseline, Writer followUp) throws IOException {
        StringBuilder line = new StringBuilder(160);
        baseline.append(header(line, false));
        followUp.append(header(line, true));
        long followUps = 0;
        long child = 0;
        for (long written = 0; written < rows; written++) {
            child++;
            Child c = new Child(random, child);
            if (random.nextInt(200) == 0 && written + 1 < rows) {
                baseline.append(form(line, random, c, false, c.start.minusDays(20)));
                written++;
            }
            baseline.append(form(line, random, c, false, c.start));
            if (random.nextInt(100) == 0) {
                Child orphan = new Child(random, rows * 10 + child);
                followUp.append(form(line, random, orphan, true, orphan.start.plusMonths(4)));
            } else {
                followUp.append(form(line, random, c, true, c.start.plusDays(90 + random.nextInt(120))));
            }
            followUps++;
        }
        for (; followUps < rows; followUps++) {
            Child orphan = new Child(random, rows * 20 + followUps);
            followUp.append(form(line, random, orphan, true, orphan.start.plusMonths(4)));
        }
    }

    /** What stays the same for a child: id, start, age, sex, groups, and how troubled the child is. */
    private static final class Child {
        final long number;
        final LocalDate start;
        final int age;
        final char sex;
        final String area;
        final String consent;
        final int level;

        Child(SplittableRandom random, long number) {
            this.number = number;
            this.start = FIRST_DAY.plusDays(random.nextInt(700));
            this.age = 4 + random.nextInt(13);
            this.sex = random.nextBoolean() ? 'f' : 'm';
            this.area = AREAS[random.nextInt(AREAS.length)];
            this.consent = CONSENT[random.nextInt(CONSENT.length)];
            this.level = random.nextInt(3);
        }
    }

    private static StringBuilder header(StringBuilder line, boolean followUp) {
        line.setLength(0);
        line.append("id,date,age,sex,area,period,consent");
        for (String item : ITEMS) {
            line.append(",p").append(item);
        }
        for (String question : IMPACT) {
            line.append(",p").append(question);
        }
        if (followUp) {
            line.append(",pfureduc,pfuhelp");
        }
        return line.append('\n');
    }

    private static StringBuilder form(StringBuilder line, SplittableRandom random, Child c, boolean followUp,
                                      LocalDate date) {
        line.setLength(0);
        line.append("hlt-").append(c.number).append(',').append(date).append(',')
                .append(followUp && date.getDayOfYear() < c.start.getDayOfYear() ? c.age + 1 : c.age).append(',')
                .append(c.sex).append(',').append(c.area).append(',')
                .append(c.start.getMonthValue() <= 6 ? "VT" : "HT").append(c.start.getYear() % 100).append(',')
                .append(c.consent);
        int level = followUp ? Math.max(0, c.level - random.nextInt(2)) : c.level;
        for (int i = 0; i < ITEMS.length; i++) {
            line.append(',');
            answer(random, 2, level, line);
        }
        for (int i = 0; i < IMPACT.length; i++) {
            line.append(',');
            answer(random, 3, level, line);
        }
        if (followUp) {
            line.append(',').append(random.nextInt(5)).append(',').append(random.nextInt(4));
        }
        return line.append('\n');
    }

    /** An answer from 0 to {@code max}, leaning higher with the child's level, or (one in twenty) empty. */
    private static void answer(SplittableRandom random, int max, int level, StringBuilder line) {
        if (random.nextInt(20) != 0) {
            line.append((char) ('0' + Math.min(max, random.nextInt(max + 1 + level) * (max + 1) / (max + 1 + level)
                    + (random.nextInt(4) < level ? 1 : 0))));
        }
    }
}
