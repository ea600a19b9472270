package se.hlt.assessment.cli.report;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import se.hlt.assessment.cli.Messages;
import se.hlt.assessment.instrument.Source;
import se.hlt.assessment.scoring.BandScheme;
import se.hlt.assessment.scoring.NormComparison;
import se.hlt.assessment.scoring.TableRef;

/** The parts every page of the report has: the heading with what is known of the child, sources and footer. */
final class PageParts {

    private final Messages m;
    private final Locale locale;
    private final LocalDate printed;

    PageParts(Messages messages, LocalDate printed) {
        this.m = messages;
        this.locale = messages.locale();
        this.printed = printed;
    }

    /** The page heading: title, then the child's pseudonymous id, age, sex and who filled in the form. */
    Html heading(ScoredForm form, String subtitle) {
        List<String> facts = new ArrayList<>();
        form.result().context().id().ifPresent(id -> facts.add(m.get("child.id", id)));
        form.result().context().age().ifPresent(age -> facts.add(m.get("child.age", age)));
        form.result().context().sex().ifPresent(sex -> facts.add(m.get("sex." + sex.code())));
        facts.add(m.get("report.informant", m.get("informant." + form.definition().informant().code())));
        facts.add(m.get("report.printed", printed.toString()));
        return new Html().open("header")
                .element("h1", m.get("report.title"))
                .element("p", subtitle, "class", "subtitle")
                .element("p", String.join(" \u00b7 ", facts), "class", "facts")
                .close("header");
    }

    /** A heading of a part of the page. */
    Html h2(String key) {
        return new Html().element("h2", m.get(key));
    }

    /** Paragraphs of plain-language explanation, one per key. */
    Html explanation(List<String> keys) {
        Html html = new Html().open("div", "class", "explain").element("h2", m.get("report.explain.heading"));
        keys.forEach(k -> html.element("p", m.get(k)));
        return html.close("div");
    }

    /**
     * The sources: the instrument's scoring rules, and every table the page used (bands, norms, and the
     * {@code more} tables, such as those behind reliable change), each cited once with its confidence tag.
     */
    Html sources(List<ScoredForm> forms, List<Cited> more) {
        Set<String> lines = new LinkedHashSet<>();
        Set<String> cited = new HashSet<>();
        for (ScoredForm f : forms) {
            lines.add(m.get("report.source.instrument") + ": " + cite(f.definition().source()));
            for (BandScheme scheme : f.result().bandSchemes()) {
                String name = m.getOrElse("scheme." + scheme.scheme(), scheme.scheme());
                if (scheme.table().isEmpty()) {
                    lines.add(name + ": " + m.get("scheme.none"));
                } else if (cited.add(scheme.table().get().id())) {
                    lines.add(name + ": " + table(scheme.table().get()));
                }
            }
            for (NormComparison c : f.result().norms()) {
                if (cited.add(c.table().id())) {
                    lines.add(m.get("report.source.norms") + ": " + table(c.table()));
                }
            }
        }
        for (Cited c : more) {
            if (cited.add(c.table().id())) {
                lines.add(m.get(c.roleKey()) + ": " + table(c.table()));
            }
        }
        Html html = new Html().open("div", "class", "sources").element("h2", m.get("report.sources")).open("ul");
        lines.forEach(line -> html.element("li", line));
        return html.close("ul").close("div");
    }

    /**
     * A table cited for a purpose.
     *
     * @param roleKey the bundle key of what it was used for, e.g. {@code report.source.reliable}
     * @param table the table
     */
    record Cited(String roleKey, TableRef table) {
    }

    private String table(TableRef t) {
        return t.title().in(locale) + ". " + cite(t.source());
    }

    /**
     * A source as cited: the reference, then on an English page how it was read ({@link Source#citationNote()}),
     * which is English prose and has no Swedish text, so a Swedish page leaves it out rather than mix languages.
     */
    private String cite(Source s) {
        String note = "en".equals(locale.getLanguage()) ? s.citationNote().map(n -> " " + n).orElse("") : "";
        return s.citation() + note + " [" + m.get("confidence." + s.confidence().code()) + "]";
    }

    /** The footer: what the page holds and who it is for. */
    Html footer() {
        return new Html().element("footer", m.get("report.privacy"));
    }
}
