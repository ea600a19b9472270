package se.hlt.assessment.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import picocli.CommandLine.Option;
import se.hlt.assessment.data.Checked;
import se.hlt.assessment.instrument.InstrumentCatalog;
import se.hlt.assessment.norms.NormTable;
import se.hlt.assessment.norms.NormsCatalog;
import se.hlt.assessment.norms.NormsChoice;
import se.hlt.assessment.scoring.Scorer;

/**
 * The norms options: {@code --norms uk|se|nl|FILE} chooses which tables results are compared with (default: every
 * table that fits the child), {@code --norms-file FILE} loads a table of the user's own without a rebuild.
 */
final class NormsOptions {

    @Option(names = "--norms", paramLabel = "uk|se|nl|FILE", split = ",",
            description = "Compare with these norms only: country codes (uk, se, nl, ...) or norms files of your "
                    + "own. Default: every table that fits the child's version, informant, age and sex. The "
                    + "instrument's own 3- and 4-band levels are always shown.")
    List<String> choices = new ArrayList<>();

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
        for (Path file : allFiles()) {
            try {
                Checked<NormTable> table = NormsCatalog.read(file);
                table.value().ifPresent(tables::add);
                problems.addAll(table.problems());
            } catch (java.io.UncheckedIOException e) {
                Messages m = Messages.of(java.util.Locale.getDefault());
                problems.add(m.shown(file) + ": " + m.ioReason(e.getCause()));
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

    /**
     * The scorer these options ask for; empty, after printing every problem of the user's norms files to
     * {@code err}, when a file was refused.
     */
    Optional<Scorer> scorerOrReport(Messages m, PrintWriter err) {
        return report(scorer(), m, err);
    }

    /** The catalog these options ask for; empty, after printing the problems to {@code err}, if refused. */
    Optional<NormsCatalog> catalogOrReport(Messages m, PrintWriter err) {
        return report(catalog(), m, err);
    }

    private static <T> Optional<T> report(Checked<T> checked, Messages m, PrintWriter err) {
        if (!checked.isOk()) {
            err.println(m.get("norms.refused"));
            checked.problems().forEach(p -> err.println("  - " + p));
        }
        return checked.value();
    }

    /** The scorer these options ask for, or the problems of the user's norms files. */
    Checked<Scorer> scorer() {
        if (choices.isEmpty() && files.isEmpty()) {
            return Checked.ok(Scorer.builtIn());
        }
        Checked<NormsCatalog> catalog = catalog();
        if (!catalog.isOk()) {
            return Checked.failed(catalog.problems());
        }
        NormsCatalog tables = catalog.orElseThrow();
        return Checked.ok(Scorer.of(InstrumentCatalog.builtIn(), tables, choice(tables)));
    }

    private NormsChoice choice(NormsCatalog catalog) {
        if (choices.isEmpty()) {
            return NormsChoice.all();
        }
        Set<String> countries = new LinkedHashSet<>();
        Set<String> ids = new LinkedHashSet<>();
        for (String choice : choices) {
            if (isFile(choice)) {
                NormsCatalog.read(Path.of(choice)).value().ifPresent(t -> ids.add(t.id()));
            } else {
                countries.add(choice);
            }
        }
        NormsChoice byCountry = NormsChoice.countries(countries);
        NormsChoice byId = NormsChoice.tables(ids);
        return NormsChoice.tables(catalog.all().stream().filter(t -> byCountry.accepts(t) || byId.accepts(t))
                .map(NormTable::id).collect(java.util.stream.Collectors.toSet()));
    }

    private List<Path> allFiles() {
        List<Path> all = new ArrayList<>(files);
        choices.stream().filter(NormsOptions::isFile).map(Path::of).filter(p -> !all.contains(p)).forEach(all::add);
        return all;
    }

    private static boolean isFile(String choice) {
        return choice.endsWith(".json") || Files.exists(Path.of(choice));
    }
}
