package se.hlt.assessment.cli.enter;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalInt;
import se.hlt.assessment.cli.Messages;
import se.hlt.assessment.instrument.Informant;
import se.hlt.assessment.instrument.InstrumentCatalog;
import se.hlt.assessment.instrument.InstrumentDefinition;
import se.hlt.assessment.scoring.FormContext;
import se.hlt.assessment.scoring.FormDates;

/**
 * Asks what the command line did not say about one ORS/SRS-family form: the instrument (from the definitions of the
 * family, ORS by default), who rated it (the raters the definition accepts, the definition's own informant by
 * default), the session number, the date (today by default), the client's pseudonymous id (needed: a form belongs
 * to a client's series) and the age (may be left out; then no cut-off is guessed).
 */
public final class SessionHeaderEntry {

    /** The family of the session-by-session forms in the catalog. */
    public static final String FAMILY = "ors-srs";
    /** The instrument an empty answer means, when the catalog has it. */
    public static final String DEFAULT_INSTRUMENT = "ors";

    private final InstrumentCatalog catalog;
    private final Dialogue dialogue;
    private final Messages m;

    /** Asks about a form among the {@link #FAMILY} definitions in {@code catalog}. */
    public SessionHeaderEntry(InstrumentCatalog catalog, Dialogue dialogue) {
        this.catalog = catalog;
        this.dialogue = dialogue;
        this.m = dialogue.messages();
    }

    /**
     * What was given on the command line; every part may be absent and is then asked.
     *
     * @param instrument the instrument id, e.g. {@code srs} (already checked to be one of the family)
     * @param rater who rated the form
     * @param session the session number, 1 or more
     * @param date the session's date
     * @param id the client's pseudonymous id (already checked not to be a personal identity number)
     * @param age the child's age in whole years
     */
    public record Given(Optional<String> instrument, Optional<Informant> rater, OptionalInt session,
                        Optional<LocalDate> date, Optional<String> id, OptionalInt age) {
    }

    /**
     * What the header of a session form is.
     *
     * @param definition the instrument
     * @param session the session number
     * @param date the session's date
     * @param context the client's id, age and the rater
     */
    public record Header(InstrumentDefinition definition, int session, LocalDate date, FormContext context) {

        /** The file a form is saved under by default, e.g. {@code k-0417-ors-s3.json}. */
        public String defaultFileName() {
            String id = context.id().orElse("").replaceAll("[^A-Za-z0-9._-]", "_").replaceAll("^[.]+", "");
            return (id.isEmpty() ? "" : id + "-") + definition.id() + "-s" + session + ".json";
        }
    }

    /** The instruments of the family, in the catalog's order. */
    public List<InstrumentDefinition> instruments() {
        return catalog.all().stream().filter(d -> d.family().equals(FAMILY)).toList();
    }

    /** The instrument of the family that {@code typed} names (its id, e.g. {@code ors} or {@code YCORS}). */
    public Optional<InstrumentDefinition> instrument(String typed) {
        String t = typed.strip().toLowerCase(Locale.ROOT);
        return instruments().stream().filter(d -> d.id().equals(t) || d.version().equals(t)).findFirst();
    }

    /**
     * Asks what {@code given} leaves open.
     *
     * @param today the date an empty answer means
     * @throws InputEnded if the answers end first
     */
    public Header ask(Given given, LocalDate today) throws InputEnded {
        List<InstrumentDefinition> forms = instruments();
        InstrumentDefinition definition = given.instrument().flatMap(this::instrument).orElse(null);
        if (definition == null) {
            InstrumentDefinition fallback = forms.stream().filter(d -> d.id().equals(DEFAULT_INSTRUMENT)).findFirst()
                    .orElse(forms.get(0));
            definition = choose(new Choice<>(forms, InstrumentDefinition::id,
                    d -> d.version().toUpperCase(Locale.ROOT), fallback), "enter.ors.prompt.instrument", "instrument");
        }
        dialogue.hint(m.get("enter.form.is", definition.name().in(m.locale())));
        Informant rater;
        if (given.rater().isPresent()) {
            rater = given.rater().get();
        } else {
            List<Informant> raters = definition.raters().isEmpty() ? List.of(definition.informant())
                    : definition.raters();
            Informant fallback = raters.contains(definition.informant()) ? definition.informant() : raters.get(0);
            rater = choose(new Choice<>(raters, Informant::code, i -> m.get("informant." + i.code()), fallback,
                    InformantWords.of(m)),
                    "enter.ors.prompt.rater", "rater");
        }
        int session = given.session().isPresent() ? given.session().getAsInt() : askSession();
        LocalDate date = given.date().isPresent() ? given.date().get() : askDate(today);
        String id = given.id().isPresent() ? given.id().get() : askId();
        FormContext context = FormContext.none().withId(id).withRater(rater);
        OptionalInt age = given.age().isPresent() ? given.age() : askAge();
        if (age.isPresent()) {
            context = context.withAge(age.getAsInt());
        }
        return new Header(definition, session, date, context);
    }

    private <T> T choose(Choice<T> choice, String promptKey, String what) throws InputEnded {
        while (true) {
            String typed = ask(m.get(promptKey, choice.shown(), choice.name().apply(choice.defaultOption())), what);
            Optional<T> chosen = choice.read(typed);
            if (chosen.isPresent()) {
                return chosen.get();
            }
            dialogue.mistake(m.get("enter.not.a.choice", typed, choice.shown()));
        }
    }

    private int askSession() throws InputEnded {
        while (true) {
            String typed = ask(m.get("enter.ors.prompt.session"), "session");
            OptionalInt session = session(typed);
            if (session.isPresent()) {
                return session.getAsInt();
            }
            dialogue.mistake(m.get("enter.ors.session.bad", typed));
        }
    }

    /** A session number, if {@code typed} is a whole number from 1 to 999. */
    public static OptionalInt session(String typed) {
        if (typed.isEmpty() || typed.length() > 3 || !typed.chars().allMatch(Character::isDigit)) {
            return OptionalInt.empty();
        }
        int n = Integer.parseInt(typed);
        return n >= 1 ? OptionalInt.of(n) : OptionalInt.empty();
    }

    private LocalDate askDate(LocalDate today) throws InputEnded {
        while (true) {
            String typed = ask(m.get("enter.ors.prompt.date", today.toString()), "date");
            if (typed.isEmpty()) {
                return today;
            }
            Optional<LocalDate> date = FormDates.parse(typed);
            if (date.isEmpty()) {
                dialogue.mistake(m.get("enter.ors.date.bad", typed));
            } else if (!FormDates.possible(date.get(), today)) {
                // as for an SDQ form: a session is entered after it took place
                dialogue.mistake(m.get("enter.date.future", date.get().toString(), today.toString()));
            } else {
                return date.get();
            }
        }
    }

    private String askId() throws InputEnded {
        while (true) {
            // a personal number is refused by the dialogue, with what to type instead
            String typed = dialogue.ask(m.get("enter.ors.prompt.id"), m.get("enter.ors.id.refused"))
                    .orElseThrow(() -> new InputEnded("id"));
            if (!typed.isEmpty()) {
                return typed;
            }
            dialogue.mistake(m.get("enter.ors.id.needed"));
        }
    }

    private OptionalInt askAge() throws InputEnded {
        while (true) {
            String typed = ask(m.get("enter.ors.prompt.age"), "age");
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

    private String ask(String prompt, String what) throws InputEnded {
        return dialogue.ask(prompt).orElseThrow(() -> new InputEnded(what));
    }
}
