package se.hlt.assessment.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.node.ArrayNode;
import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import se.hlt.assessment.data.DataFiles;
import se.hlt.assessment.instrument.InstrumentCatalog;
import se.hlt.assessment.instrument.InstrumentDefinition;

/** {@code hlt instruments}: lists the instrument versions this program scores. */
@Command(name = "instruments",
        mixinStandardHelpOptions = true,
        description = "Lists the instrument versions this program can score, with the ids that forms use.",
        footer = {"%nExamples:", "  hlt instruments", "  hlt instruments --lang sv", "  hlt instruments --json",
            ExitCodes.HELP})
final class InstrumentsCommand implements Callable<Integer> {

    @Option(names = "--json", description = "Print the list as JSON.")
    boolean json;

    @Mixin
    LanguageOption language;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws JsonProcessingException {
        Messages m = language.messages();
        PrintWriter out = spec.commandLine().getOut();
        List<InstrumentDefinition> all = InstrumentCatalog.builtIn().all();
        if (json) {
            ArrayNode list = DataFiles.mapper().createArrayNode();
            for (InstrumentDefinition d : all) {
                list.addObject().put("id", d.id()).put("family", d.family()).put("informant", d.informant().code())
                        .put("version", d.version()).put("timepoint", d.timepoint().code())
                        .put("ages", d.ages().toString()).put("name", d.name().in(m.locale()));
            }
            out.println(DataFiles.mapper().writerWithDefaultPrettyPrinter().writeValueAsString(list));
            return ExitCodes.OK;
        }
        String format = "%-22s  %-16s  %-7s  %-17s  %-6s  %s%n";
        out.printf(format, m.get("instruments.id"), m.get("instruments.informant"), m.get("instruments.version"),
                m.get("instruments.timepoint"), m.get("instruments.ages"), m.get("instruments.name"));
        for (InstrumentDefinition d : all) {
            out.printf(format, d.id(), m.get("informant." + d.informant().code()), d.version(),
                    m.get("timepoint." + d.timepoint().code()), d.ages(), d.name().in(m.locale()));
        }
        return ExitCodes.OK;
    }
}
