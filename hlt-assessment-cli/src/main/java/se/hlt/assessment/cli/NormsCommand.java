package se.hlt.assessment.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import se.hlt.assessment.norms.NormTable;
import se.hlt.assessment.norms.NormsCatalog;

/**
 * {@code hlt norms list} and {@code hlt norms show ID}: what norms tables are loaded, with their citations (the two
 * added by {@link Hlt}).
 */
@Command(name = "norms",
        mixinStandardHelpOptions = true,
        description = "Lists the norms tables that are loaded (shipped ones and your own --norms-file), or shows "
                + "one in full with its citation, sample and numbers.",
        footer = {"%nExamples:", "  hlt norms list", "  hlt norms show se-preschool-teacher-p90 --lang sv",
            "  hlt norms list --norms-file my-county-norms.json", ExitCodes.HELP})
final class NormsCommand implements Runnable {

    @Spec
    CommandSpec spec;

    // only so that --lang sv --help shows this command's help in Swedish (Hlt reads it before the parse)
    @picocli.CommandLine.Mixin
    LanguageOption language;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /** What the two subcommands share: options, loading the catalog (or refusing a bad user file). */
    abstract static class Subcommand implements Callable<Integer> {

        @Mixin
        LanguageOption language;

        @Mixin
        NormsOptions norms;

        @Spec
        CommandSpec spec;

        @Override
        public Integer call() {
            Messages m = language.messages();
            Optional<NormsCatalog> catalog = norms.catalogOrReport(m, spec.commandLine().getErr());
            if (catalog.isEmpty()) {
                return ExitCodes.INPUT_REFUSED;
            }
            return run(catalog.get(), m, spec.commandLine().getOut());
        }

        abstract int run(NormsCatalog catalog, Messages m, PrintWriter out);
    }

    /** {@code hlt norms list}. */
    @Command(name = "list", mixinStandardHelpOptions = true,
            description = "Lists every loaded norms table: id, who it describes, what it holds, confidence.",
            footer = {"%nExample:", "  hlt norms list --lang sv", ExitCodes.HELP})
    static final class List extends Subcommand {

        @Override
        int run(NormsCatalog catalog, Messages m, PrintWriter out) {
            String format = "%-28s  %-4s  %-14s  %-7s  %-6s  %-7s  %-16s  %s%n";
            out.printf(format, m.get("norms.id"), m.get("norms.country"), m.get("instruments.informant"),
                    m.get("instruments.version"), m.get("instruments.ages"), m.get("norms.sex"),
                    m.get("norms.confidence"), m.get("norms.holds"));
            for (NormTable t : catalog.all()) {
                out.printf(format, t.id(), t.country(), m.get("informant." + t.informant().code()),
                        String.join(",", t.versions()), t.ages(), m.get("norms.sex." + t.sex()),
                        m.get("confidence." + t.source().confidence().code()), holds(t, m));
            }
            return ExitCodes.OK;
        }
    }

    /** {@code hlt norms show ID}. */
    @Command(name = "show", mixinStandardHelpOptions = true,
            description = "Shows one norms table in full: title, sample, citation, URL, confidence and its numbers.",
            footer = {"%nExample:", "  hlt norms show uk-parent-5-15-girls", ExitCodes.HELP})
    static final class Show extends Subcommand {

        @Parameters(paramLabel = "ID", descriptionKey = "id", description = "The table's id, as hlt norms list shows it.")
        String id;

        @Override
        int run(NormsCatalog catalog, Messages m, PrintWriter out) {
            Optional<NormTable> table = catalog.find(id);
            if (table.isEmpty()) {
                spec.commandLine().getErr().println(m.get("norms.unknown", id));
                return ExitCodes.INPUT_REFUSED;
            }
            new NormsText(m).print(table.get(), out);
            return ExitCodes.OK;
        }
    }

    static String holds(NormTable t, Messages m) {
        java.util.List<String> parts = new ArrayList<>();
        if (!t.meanSd().isEmpty()) {
            parts.add(m.get("norms.holds.meansd"));
        }
        t.bands().ifPresent(b -> parts.add(m.getOrElse("scheme." + b.scheme(), b.scheme())));
        t.reliability().ifPresent(r -> parts.add(m.get("norms.holds.reliability")));
        return String.join(", ", parts);
    }
}
