package se.hlt.assessment.csv;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.hlt.assessment.privacy.SyntheticIdentityNumbers;
import se.hlt.assessment.series.SeriesScorer;

/**
 * A column of time stamps was refused because one in ten of them passes the personal number's check digit by
 * chance: columns of bare digits are judged as a whole, and a column the user vouches for is not screened.
 */
class IdentityNumberColumnsTest {

    @TempDir
    Path dir;

    private static String stamp(Random random) {
        return String.format("%04d%02d%02d%02d%02d", 2020 + random.nextInt(6), 1 + random.nextInt(12),
                1 + random.nextInt(28), random.nextInt(24), random.nextInt(60));
    }

    private static String number(Random random) {
        return SyntheticIdentityNumbers.tenDigits(String.format("%02d%02d%02d", random.nextInt(100),
                1 + random.nextInt(12), 1 + random.nextInt(28)), String.format("%03d", random.nextInt(1000)));
    }

    private String sdq(int rows, java.util.function.IntFunction<String> stamp) {
        SdqCsv csv = SdqCsv.withPrefix("p", "stamp");
        for (int r = 0; r < rows; r++) {
            csv.row("c" + r, "1", SdqCsv.cells("stamp", stamp.apply(r)));
        }
        return csv.text();
    }

    @Test
    void aColumnOfTimeStampsIsNotPersonalInAnSdqBatch() {
        Random random = new Random(1);
        BatchHarness.Ran ran = new BatchHarness(dir).run(sdq(200, r -> stamp(random)));
        assertEquals(200, ran.summary().scored());
    }

    @Test
    void aFewBareNumbersOrAColumnOfThemIsRefusedUnlessVouchedFor() {
        Random random = new Random(2);
        String few = sdq(5, r -> r == 3 ? number(random) : "");
        assertEquals(RefusalKind.PERSONAL_IDENTITY_NUMBER, new BatchHarness(dir).run(few).refusal().kind());
        assertTrue(new BatchHarness(dir).run(few).refusal().message().contains("row 5"),
                "the first row of the column's numbers, as a spreadsheet numbers it");
        String many = sdq(100, r -> number(random));
        assertEquals(RefusalKind.PERSONAL_IDENTITY_NUMBER, new BatchHarness(dir).run(many).refusal().kind());
        BatchHarness.Ran vouched = new BatchHarness(dir).run(many,
                SdqBatchOptions.defaults().withNotPersonal(Set.of(" STAMP ")));
        assertEquals(100, vouched.summary().scored());
    }

    @Test
    void theSessionsBatchJudgesItsColumnsTheSameWay() {
        Random random = new Random(3);
        StringBuilder stamps = new StringBuilder("client,session,instrument,total,stamp\n");
        StringBuilder numbers = new StringBuilder("client,session,instrument,total,stamp\n");
        for (int r = 1; r <= 100; r++) {
            stamps.append("k-1,").append(r).append(",ORS,20,").append(stamp(random)).append('\n');
            numbers.append("k-1,").append(r).append(",ORS,20,").append(number(random)).append('\n');
        }
        SessionsCsvBatch batch = SessionsCsvBatch.of(SeriesScorer.builtIn());
        assertEquals(100, BatchFiles.run(dir, stamps.toString().getBytes(StandardCharsets.UTF_8), batch)
                .summary().scored());
        assertEquals(RefusalKind.PERSONAL_IDENTITY_NUMBER, BatchFiles.run(dir,
                numbers.toString().getBytes(StandardCharsets.UTF_8), batch).outcome().refusal().orElseThrow().kind());
        assertEquals(100, BatchFiles.run(dir, numbers.toString().getBytes(StandardCharsets.UTF_8),
                batch.withNotPersonal(Set.of("stamp"))).summary().scored());
    }

    @Test
    void aClientIdThatIsABareNumberRefusesTheSessionsFileEvenWhenVouchedFor() {
        Random random = new Random(4);
        StringBuilder csv = new StringBuilder("client,session,instrument,total\n");
        String number = number(random);
        for (int r = 1; r <= 100; r++) {
            csv.append(r == 50 ? number : "k-" + r).append(",1,ORS,20\n");
        }
        byte[] bytes = csv.toString().getBytes(StandardCharsets.UTF_8);
        for (SessionsCsvBatch batch : List.of(SessionsCsvBatch.of(SeriesScorer.builtIn()),
                SessionsCsvBatch.of(SeriesScorer.builtIn()).withNotPersonal(Set.of("client")))) {
            Refusal refusal = BatchFiles.run(dir, bytes, batch).outcome().refusal().orElseThrow();
            assertEquals(RefusalKind.PERSONAL_IDENTITY_NUMBER, refusal.kind(), "a client id is the forms' id, which"
                    + " the library refuses; not an internal error");
            assertTrue(refusal.message().startsWith("column client, row 51"), refusal.message());
            assertTrue(!refusal.message().contains(number), "never echoed");
        }
    }

    @Test
    void aColumnNameThatIsANumberRefusesTheFileNamingItsPositionOnly() {
        String name = SyntheticIdentityNumbers.withDash(SyntheticIdentityNumbers.tenDigits("120517", "123"));
        String csv = SdqCsv.withPrefix("p", name).row("c1", "1", SdqCsv.cells()).text();
        Refusal refusal = new BatchHarness(dir).run(csv).refusal();
        assertEquals(RefusalKind.PERSONAL_IDENTITY_NUMBER, refusal.kind());
        assertTrue(refusal.message().startsWith("column 33, row 1 "), refusal.message());
        assertTrue(!refusal.message().contains("120517"), "never echoed");
        String sessions = "client,session,instrument,total," + name + "\nk-1,1,ORS,20,x\n";
        assertEquals(RefusalKind.PERSONAL_IDENTITY_NUMBER, BatchFiles.run(dir,
                sessions.getBytes(StandardCharsets.UTF_8), SessionsCsvBatch.of(SeriesScorer.builtIn()))
                .outcome().refusal().orElseThrow().kind());
    }
}
