package se.hlt.assessment.csv;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.hlt.assessment.cohort.Grouping;
import se.hlt.assessment.cohort.ScaleFigures;

/**
 * A pairs file gives an Added Value Score for any age (an older {@code hlt compare}, or one with a note, wrote
 * one for a 3-year-old on the 4-17 form): the cohort's mean still rests only on the children the model covers, and
 * counts the others, whichever file they came from.
 */
class CohortAddedValueAgesTest {

    @TempDir
    Path dir;

    @Test
    void aPairsFilesAvsOfAChildOutsideTheModelsAgesIsLeftOutAndCounted() throws IOException {
        List<String> lines = new ArrayList<>(List.of("id,instrument,informant,version,age,pebdtot_t1,pebdtot_t2,"
                + "pebdtot_change,avs,avs_effect_size,avs_model"));
        for (int i = 0; i < 20; i++) {
            String age = i < 6 ? "3" : i < 8 ? "" : "9";
            String avs = i < 8 ? "5.0,1.0" : "1.0,0.2";
            lines.add("c" + i + ",sdq,parent,4-17," + age + ",20,15,-5," + avs + ",avs-ford2009");
        }
        Path pairs = Files.write(dir.resolve("pairs.csv"), lines, StandardCharsets.UTF_8);
        ScaleFigures f = CohortCsv.builtIn().read(List.of(pairs), new Grouping(List.of()), 1,
                ProgressListener.NONE).summary().orElseThrow().reports().get(0).groups().get(0).scales().get(0);
        assertEquals(1.0, f.meanAddedValue().orElseThrow().value(), 1e-12, "the 12 aged 9 only");
        assertEquals(OptionalInt.of(12), f.addedValueN());
        assertEquals(OptionalInt.of(8), f.addedValueLeftOut(), "6 aged 3 and 2 of unknown age");
    }
}
