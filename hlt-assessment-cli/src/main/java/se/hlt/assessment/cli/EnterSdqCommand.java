package se.hlt.assessment.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import se.hlt.assessment.cli.enter.Dialogue;
import se.hlt.assessment.cli.enter.FormEntry;
import se.hlt.assessment.cli.enter.FormHeader;
import se.hlt.assessment.cli.enter.HeaderEntry;
import se.hlt.assessment.cli.enter.InputEnded;
import se.hlt.assessment.instrument.Informant;
import se.hlt.assessment.instrument.Sex;
import se.hlt.assessment.instrument.Timepoint;
import se.hlt.assessment.json.FormJson;
import se.hlt.assessment.scoring.FormDates;
import se.hlt.assessment.scoring.FormResult;
import se.hlt.assessment.scoring.Scorer;

/**
 * {@code hlt enter sdq}: types in a paper SDQ. Asks what the options leave open, takes the 25 item answers as one
 * string or several lines, then the questions on the back of the form, checking each line at once; shows the
 * result and saves the form as JSON.
 */
@Command(name = "sdq",
        mixinStandardHelpOptions = true,
        description = {"Types in a paper SDQ quickly. Asks who filled it in, the version and the timepoint (Enter "
                + "takes the default), a pseudonymous id, the age and sex of the child (Enter to leave out), the "
                + "day the form was filled in (Enter: today), then the 25 answers as ticked, 0 1 2, as one line "
                + "such as 0121 2012 1... or several (spaces ignored, . or - for a missing answer), then the "
                + "questions on the back one at a time.",
            "Every line is checked at once: a wrong answer or too many answers is named, and the line is typed "
                + "again. < takes back the previous line. At the end the result is shown and any answer can be "
                + "corrected (7=2, ebddiff=1) before the form is saved.",
            "Never asks for a name or a personal identity number. Reads the answers from standard input, so a "
                + "script can pipe them in, one answer per line as they would be typed."},
        footer = {"%nExamples:",
            "  hlt enter sdq --id k-17",
            "  hlt enter sdq --informant teacher --timepoint followup --id k-17 --out k-17-t2.json",
            "  printf 'parent\\n4-17\\nbaseline\\nk-17\\n9\\nf\\n\\n0121201210210120121012101\\n0\\n' | hlt enter sdq",
            ExitCodes.HELP})
final class EnterSdqCommand implements Callable<Integer> {

    @Option(names = "--informant", paramLabel = "parent|teacher|self", converter = InformantConverter.class,
            description = "Who filled in the form (asked when left out).")
    Informant informant;

    @Option(names = "--form-version", paramLabel = "2-4|4-17|11-17", description = "The SDQ version (asked "
            + "when left out).")
    String version;

    @Option(names = "--timepoint", paramLabel = "baseline|followup", converter = TimepointConverter.class,
            description = "Baseline or follow-up (asked when left out).")
    Timepoint timepoint;

    @Option(names = "--id", paramLabel = "ID", description = "The child's pseudonymous id (asked when left out). "
            + "Never a name or a personal identity number.")
    String id;

    @Option(names = "--age", paramLabel = "YEARS", description = "The child's age in whole years (asked when "
            + "left out).")
    Integer age;

    @Option(names = "--sex", paramLabel = "female|male", converter = SexConverter.class,
            description = "The child's sex (asked when left out).")
    Sex sex;

    @Option(names = "--date", paramLabel = "YYYY-MM-DD", converter = IsoDateConverter.class, description = "The day the form was filled in (asked when "
            + "left out; Enter takes today). Not after today.")
    LocalDate date;

    @Option(names = "--out", paramLabel = "FILE", description = "Where to save the form. Default: ID-VERSION.json "
            + "in the current folder, e.g. k-17-sdq-p-4-17-baseline.json. An existing file is never overwritten.")
    Path out;

    @Mixin
    LanguageOption language;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        Messages m = language.messages();
        PrintWriter stdout = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        EntryFrame frame = new EntryFrame(m, spec);
        Optional<Integer> refused = frame.refused(id, age, out);
        if (refused.isPresent()) {
            return refused.get();
        }
        LocalDate today = LocalDate.now();
        if (date != null && !FormDates.possible(date, today)) {
            err.println(m.get("enter.date.future", date.toString(), today.toString()));
            return ExitCodes.USAGE;
        }
        Scorer scorer = Scorer.builtIn();
        Dialogue dialogue = frame.dialogue(spec);
        HeaderEntry headerEntry = new HeaderEntry(scorer.instruments(), "sdq", dialogue);
        HeaderEntry.Given given = new HeaderEntry.Given(Optional.ofNullable(informant), Optional.ofNullable(version),
                Optional.ofNullable(timepoint), Optional.ofNullable(id),
                age == null ? OptionalInt.empty() : OptionalInt.of(age), Optional.ofNullable(sex),
                Optional.ofNullable(date));
        List<String> problems = headerEntry.problems(given);
        if (!problems.isEmpty()) {
            problems.forEach(err::println);
            return ExitCodes.USAGE;
        }
        try {
            FormHeader header = headerEntry.ask(given, today);
            FormEntry entry = new FormEntry(header.definition(), header.context(), dialogue);
            entry.enterAnswers();
            ResultText text = new ResultText(m);
            FormEntry.Outcome outcome = entry.review(() -> {
                FormResult result = scorer.score(entry.form());
                stdout.println();
                text.print(result, Optional.of(header.definition()), stdout);
                stdout.println();
                stdout.flush();
            });
            if (outcome == FormEntry.Outcome.QUIT) {
                return frame.notSaved();
            }
            return frame.save(out, header.defaultFileName(), FormJson.write(entry.form()));
        } catch (InputEnded e) {
            return frame.inputEnded(e);
        }
    }
}
