package se.hlt.assessment.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Option;
import se.hlt.assessment.io.Checked;
import se.hlt.assessment.norms.NormTable;
import se.hlt.assessment.norms.NormsCatalog;

/** The {@code --norms-file} option: norms tables a user loads at run time, without a rebuild. */
final class NormsOptions {

    @Option(names = "--norms-file", paramLabel = "FILE",
            description = "Load a norms table of your own (same format as the shipped ones, norms.schema.json). "
                    + "Repeat for several files.")
    List<Path> files = new ArrayList<>();

    /**
     * The built-in catalog plus the user's files, or the problems of every file that failed (each naming the
     * file and the field).
     */
    Checked<NormsCatalog> catalog() {
        List<NormTable> tables = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        for (Path file : files) {
            try {
                Checked<NormTable> table = NormsCatalog.read(file);
                table.value().ifPresent(tables::add);
                problems.addAll(table.problems());
            } catch (java.io.UncheckedIOException e) {
                problems.add(file + ": cannot be read (" + e.getCause().getClass().getSimpleName() + ")");
            }
        }
        if (!problems.isEmpty()) {
            return Checked.failed(problems);
        }
        try {
            return Checked.ok(NormsCatalog.builtIn().with(tables));
        } catch (IllegalArgumentException e) {
            return Checked.failed(List.of(e.getMessage()));
        }
    }
}
