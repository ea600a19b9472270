package se.hlt.assessment.csv;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.hlt.assessment.privacy.SyntheticIdentityNumbers;

/** A series file joined by {@code hlt compare --ors-series} with a quote that is never closed. */
class OrsSeriesFileTest {

    @TempDir
    Path dir;

    private static final String HEADER = String.join(",", OrsSeriesFile.COLUMNS) + "\n";
    private static final String ROW = ",self,4,1,20.0,4,28.0,8.0,25.0,5.0,improved,1\n";

    @Test
    void aRowThatRunsOverLinesIsRejectedNamingThem() throws IOException {
        Path file = Files.writeString(dir.resolve("series.csv"), HEADER + "k-1,\"oops" + ROW + "k-2,e" + ROW);
        OrsSeriesFile.Read read = OrsSeriesFile.read(file).summary().orElseThrow();
        assertEquals(0, read.rows().size());
        assertEquals(1, read.rejected().size());
        RowProblems problems = read.rejected().get(0).problems();
        assertTrue(problems.reasons(Locale.ENGLISH).contains("the row runs over lines 2 to 3"),
                problems.reasons(Locale.ENGLISH));
        assertTrue(problems.codes().startsWith("spans_lines "), problems.codes());
        assertTrue(problems.reasons(Locale.forLanguageTag("sv")).contains("raden går över rad 2 till 3"),
                problems.reasons(Locale.forLanguageTag("sv")));
    }

    @Test
    void aNumberSwallowedByAnOpenQuoteStillRefusesTheFile() throws IOException {
        String number = SyntheticIdentityNumbers.withDash(SyntheticIdentityNumbers.tenDigits("120517", "123"));
        Path file = Files.writeString(dir.resolve("series.csv"), HEADER + "k-1,\"oops" + ROW + number + ",e" + ROW);
        assertEquals(RefusalKind.PERSONAL_IDENTITY_NUMBER,
                OrsSeriesFile.read(file).refusal().orElseThrow().kind());
    }
}
