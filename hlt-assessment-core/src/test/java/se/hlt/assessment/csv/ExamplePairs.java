package se.hlt.assessment.csv;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import se.hlt.assessment.cohort.Grouping;

/** The examples' baseline and follow-up files paired as {@code hlt compare} pairs them, and their cohort. */
final class ExamplePairs {

    private ExamplePairs() {
    }

    /** The pairs file in {@code dir}, with {@code ;} and decimal commas when {@code semicolons}. */
    static Path in(Path dir, boolean semicolons) throws IOException {
        Path examples = Path.of("..", "examples");
        Path b = examples.resolve("sdq-baseline.csv");
        Path f = examples.resolve("sdq-followup.csv");
        if (semicolons) {
            b = Files.writeString(dir.resolve("b.csv"), Files.readString(b).replace(',', ';'));
            f = Files.writeString(dir.resolve("f.csv"), Files.readString(f).replace(',', ';'));
        }
        Path pairs = dir.resolve(semicolons ? "pairs-semicolon.csv" : "pairs.csv");
        SdqPairsCsv.builtIn().run(CompareInput.twoFiles(b, f), new CompareOutputs(pairs, dir.resolve("u.csv"),
                dir.resolve("e.csv")), CompareOptions.defaults(), ProgressListener.NONE).summary().orElseThrow();
        return pairs;
    }

    /** Their cohort by {@code by}, hiding counts below {@code minimum}. */
    static CohortSummary cohort(Path dir, boolean semicolons, int minimum, String... by)
            throws IOException {
        return CohortCsv.builtIn().read(List.of(in(dir, semicolons)), new Grouping(List.of(by)), minimum,
                ProgressListener.NONE).summary().orElseThrow();
    }
}
