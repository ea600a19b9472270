package se.hlt.assessment.privacy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Random;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/**
 * How often the screen mistakes other numbers for personal identity numbers (100,000 of each kind, a fixed
 * seed): cell by cell, and for columns of 100 such values judged as a whole ({@link IdentityNumberColumn}). The
 * figures are printed for the record and bounded here, so that a change that widens the screen shows its cost.
 */
class IdentityNumberFalseAlarmsTest {

    private static final int N = 100_000;

    private static String digits(Random random, int count) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < count; i++) {
            b.append((char) ('0' + random.nextInt(10)));
        }
        return b.toString();
    }

    private static final List<Kind> KINDS = List.of(
            new Kind("time stamps YYYYMMDDhhmm", r -> String.format("%04d%02d%02d%02d%02d", 2000 + r.nextInt(31),
                    1 + r.nextInt(12), 1 + r.nextInt(28), r.nextInt(24), r.nextInt(60))),
            new Kind("mobile numbers 07XXXXXXXX", r -> "07" + "02369".charAt(r.nextInt(5)) + digits(r, 7)),
            new Kind("mobile numbers written 07X-XXX XX XX", r -> {
                String d = "07" + "02369".charAt(r.nextInt(5)) + digits(r, 7);
                return d.substring(0, 3) + "-" + d.substring(3, 6) + " " + d.substring(6, 8) + " " + d.substring(8);
            }),
            new Kind("random 10-digit numbers", r -> digits(r, 10)),
            new Kind("random 12-digit numbers", r -> digits(r, 12)));

    record Kind(String name, Function<Random, String> make) {
    }

    @Test
    void falseAlarmsStayRare() {
        StringBuilder report = new StringBuilder();
        for (Kind kind : KINDS) {
            Random random = new Random(20261206);
            int cells = 0;
            int columns = 0;
            IdentityNumberColumn column = new IdentityNumberColumn();
            for (int i = 1; i <= N; i++) {
                String value = kind.make().apply(random);
                if (PersonalIdentityNumbers.looksLike(value)) {
                    cells++;
                }
                column.add(value, i);
                if (i % 100 == 0) {
                    columns += column.isPersonal() ? 1 : 0;
                    column = new IdentityNumberColumn();
                }
            }
            double cellRate = 100.0 * cells / N;
            double columnRate = 100.0 * columns / (N / 100);
            report.append(String.format("%-40s cells %6.3f%%  columns of 100 %6.2f%%%n", kind.name(), cellRate,
                    columnRate));
            assertTrue(columnRate <= 0.5, kind.name() + ": " + columnRate);
            assertTrue(cellRate <= 12, kind.name() + ": " + cellRate);
        }
        System.out.print(report);
    }

    @Test
    void aColumnOfPersonalNumbersIsPersonalWhateverItsSize() {
        Random random = new Random(7);
        for (int size : new int[] {1, 5, 19, 20, 100, 1000}) {
            IdentityNumberColumn column = new IdentityNumberColumn();
            for (int i = 0; i < size; i++) {
                column.add(SyntheticIdentityNumbers.tenDigits(String.format("%02d%02d%02d", random.nextInt(100),
                        1 + random.nextInt(12), 1 + random.nextInt(28)), String.format("%03d",
                        random.nextInt(1000))), i + 2);
            }
            assertTrue(column.isPersonal(), "size " + size);
            assertEquals(2, column.firstRow().getAsLong());
        }
    }

    @Test
    void oneNumberWrittenAsOneMakesTheColumnPersonal() {
        IdentityNumberColumn column = new IdentityNumberColumn();
        Random random = new Random(3);
        for (int i = 0; i < 500; i++) {
            column.add(String.format("%04d%02d%02d%02d%02d", 2000 + random.nextInt(31), 1 + random.nextInt(12),
                    1 + random.nextInt(28), random.nextInt(24), random.nextInt(60)), i + 2);
        }
        assertFalse(column.isPersonal(), "a column of time stamps");
        String number = SyntheticIdentityNumbers.tenDigits("120517", "123");
        column.add("mamma " + SyntheticIdentityNumbers.withDash(number), 900);
        assertTrue(column.isPersonal());
    }
}
