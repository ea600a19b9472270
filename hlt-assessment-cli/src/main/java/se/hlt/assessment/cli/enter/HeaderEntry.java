package se.hlt.assessment.cli.enter;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import se.hlt.assessment.cli.Messages;
import se.hlt.assessment.instrument.Informant;
import se.hlt.assessment.instrument.InstrumentCatalog;
import se.hlt.assessment.instrument.InstrumentDefinition;
import se.hlt.assessment.instrument.Sex;
import se.hlt.assessment.instrument.Timepoint;
import se.hlt.assessment.scoring.FormContext;
import se.hlt.assessment.scoring.FormDates;

/**
 * Asks what the command line did not say: informant, version and timepoint (each with a default, from the
 * versions the catalog has), then a pseudonymous id, the age and the sex of the child, each of which may be left
 * out, and the day the form was filled in (Enter: today; a day after today or one that cannot be read is asked
 * again), which gives a pair its interval. It never asks for a name or a personal identity number, and (through the {@link Dialogue}, as every
 * answer) refuses an id that looks like one without repeating it.
 */
public final class HeaderEntry {

    private final InstrumentCatalog catalog;
    private final String family;
    private final Dialogue dialogue;
    private final Messages m;

    /** Asks about a form of {@code family} (e.g. {@code sdq}) among the versions in {@code catalog}. */
    public HeaderEntry(InstrumentCatalog catalog, String family, Dialogue dialogue) {
        this.catalog = catalog;
        this.family = family;
        this.dialogue = dialogue;
        this.m = dialogue.messages();
    }

    /**
     * What was given on the command line; every part may be absent and is then asked.
     *
     * @param informant who filled in the form
     * @param version the instrument version, e.g. {@code 4-17}
     * @param timepoint baseline or follow-up
     * @param id the child's pseudonymous id (already checked not to be a personal identity number)
     * @param age the child's age in whole years
     * @param sex the child's sex
     * @param date the day the form was filled in (already checked not to be after today)
     */
    public record Given(Optional<Informant> informant, Optional<String> version, Optional<Timepoint> timepoint,
                        Optional<String> id, OptionalInt age, Optional<Sex> sex, Optional<LocalDate> date) {
    }

    /**
     * What is wrong with the versions given on the command line (a version this informant has no form for);
     * empty when they name a form that exists, or leave parts to ask.
     */
    public List<String> problems(Given given) {
        List<String> problems = new ArrayList<>();
        List<InstrumentDefinition> forms = versions(given.informant());
        if (given.informant().isPresent() && forms.isEmpty()) {
            // e.g. --informant other for the SDQ: a usage error before anything is asked, never an internal one
            problems.add(m.get("enter.no.such.informant", given.informant().get().code(),
                    String.join(", ", distinct(versions(Optional.empty()).stream()
                            .map(d -> d.informant().code()).toList()))));
            return problems;
        }
        if (given.version().isPresent() && forms.stream().noneMatch(d -> d.version().equals(given.version().get()))) {
            problems.add(m.get("enter.no.such.version", given.version().get(),
                    String.join(", ", distinct(forms.stream().map(InstrumentDefinition::version).toList()))));
        }
        return problems;
    }

    /**
     * Asks what {@code given} leaves open.
     *
     * @param today the date an empty answer to the date means, and the last a form can have
     * @throws InputEnded if the answers end first
     */
    public FormHeader ask(Given given, LocalDate today) throws InputEnded {
        Informant informant = given.informant().isPresent() ? given.informant().get() : askInformant();
        List<InstrumentDefinition> forms = versions(Optional.of(informant));
        String version = given.version().isPresent() ? given.version().get() : askVersion(forms);
        List<InstrumentDefinition> ofVersion = forms.stream().filter(d -> d.version().equals(version)).toList();
        Timepoint timepoint = given.timepoint().isPresent() ? given.timepoint().get() : askTimepoint(ofVersion);
        InstrumentDefinition definition = ofVersion.stream().filter(d -> d.timepoint() == timepoint).findFirst()
                .orElseThrow(() -> new IllegalStateException("no " + family + " " + version + " " + timepoint));
        dialogue.hint(m.get("enter.form.is", definition.name().in(m.locale())));
        FormContext context = FormContext.none();
        Optional<String> id = given.id().isPresent() ? given.id() : askId();
        if (id.isPresent()) {
            context = context.withId(id.get());
        }
        OptionalInt age = given.age().isPresent() ? given.age() : askAge();
        if (age.isPresent()) {
            context = context.withAge(age.getAsInt());
        }
        Optional<Sex> sex = given.sex().isPresent() ? given.sex() : askSex();
        if (sex.isPresent()) {
            context = context.withSex(sex.get());
        }
        context = context.withDate(given.date().isPresent() ? given.date().get() : askDate(today));
        return new FormHeader(definition, context);
    }

    private Informant askInformant() throws InputEnded {
        List<Informant> informants = distinct(catalog.all().stream().filter(d -> d.family().equals(family))
                .map(InstrumentDefinition::informant).toList());
        Choice<Informant> choice = new Choice<>(informants, Informant::code,
                i -> m.get("informant." + i.code()), informants.get(0), InformantWords.of(m));
        return choose(choice, "enter.prompt.informant", "informant");
    }

    private String askVersion(List<InstrumentDefinition> forms) throws InputEnded {
        List<String> versions = distinct(forms.stream().map(InstrumentDefinition::version).toList());
        if (versions.size() == 1) {
            return versions.get(0);
        }
        Choice<String> choice = new Choice<>(versions, v -> v, v -> v, FormHeader.defaultVersion(forms));
        return choose(choice, "enter.prompt.version", "version");
    }

    private Timepoint askTimepoint(List<InstrumentDefinition> forms) throws InputEnded {
        List<Timepoint> timepoints = distinct(forms.stream().map(InstrumentDefinition::timepoint).sorted().toList());
        Choice<Timepoint> choice = new Choice<>(timepoints, Timepoint::code,
                t -> m.get("timepoint." + t.code()), timepoints.get(0));
        while (true) {
            String typed = ask(m.get("enter.prompt.timepoint", choice.shown(), m.get("timepoint."
                    + choice.defaultOption().code())), "timepoint");
            Optional<Timepoint> chosen = choice.read(typed)
                    .or(() -> Timepoint.fromText(typed).filter(timepoints::contains));
            if (chosen.isPresent()) {
                return chosen.get();
            }
            dialogue.mistake(m.get("enter.not.a.choice", typed, choice.shown()));
        }
    }

    private <T> T choose(Choice<T> choice, String promptKey, String what) throws InputEnded {
        while (true) {
            String typed = ask(m.get(promptKey, choice.shown(), choice.name().apply(choice.defaultOption())),
                    what);
            Optional<T> chosen = choice.read(typed);
            if (chosen.isPresent()) {
                return chosen.get();
            }
            dialogue.mistake(m.get("enter.not.a.choice", typed, choice.shown()));
        }
    }

    /** The id, or none; a personal number is refused by the dialogue, with what to type instead. */
    private Optional<String> askId() throws InputEnded {
        String typed = dialogue.ask(m.get("enter.prompt.id"), m.get("enter.id.refused"))
                .orElseThrow(() -> new InputEnded("id"));
        return typed.isEmpty() ? Optional.empty() : Optional.of(typed);
    }

    private OptionalInt askAge() throws InputEnded {
        while (true) {
            String typed = ask(m.get("enter.prompt.age"), "age");
            if (typed.isEmpty()) {
                return OptionalInt.empty();
            }
            OptionalInt age = FormHeader.age(typed);
            if (age.isPresent()) {
                return age;
            }
            dialogue.mistake(m.get("enter.age.bad", typed));
        }
    }

    private Optional<Sex> askSex() throws InputEnded {
        while (true) {
            String typed = ask(m.get("enter.prompt.sex"), "sex");
            if (typed.isEmpty()) {
                return Optional.empty();
            }
            Optional<Sex> sex = Sex.fromText(typed);
            if (sex.isPresent()) {
                return sex;
            }
            dialogue.mistake(m.get("enter.sex.bad", typed));
        }
    }

    /** The day the form was filled in: Enter is today; a day after today is a typing mistake, asked again. */
    private LocalDate askDate(LocalDate today) throws InputEnded {
        while (true) {
            String typed = ask(m.get("enter.prompt.date", today.toString()), "date");
            if (typed.isEmpty()) {
                return today;
            }
            Optional<LocalDate> date = FormDates.parse(typed);
            if (date.isEmpty()) {
                dialogue.mistake(m.get("enter.date.bad", typed, today.toString()));
            } else if (!FormDates.possible(date.get(), today)) {
                dialogue.mistake(m.get("enter.date.future", date.get().toString(), today.toString()));
            } else {
                return date.get();
            }
        }
    }

    private String ask(String prompt, String what) throws InputEnded {
        return dialogue.ask(prompt).orElseThrow(() -> new InputEnded(what));
    }

    private List<InstrumentDefinition> versions(Optional<Informant> informant) {
        return catalog.all().stream().filter(d -> d.family().equals(family))
                .filter(d -> informant.isEmpty() || d.informant() == informant.get()).toList();
    }

    private static <T> List<T> distinct(List<T> values) {
        Set<T> seen = new LinkedHashSet<>(values);
        return List.copyOf(seen);
    }
}
