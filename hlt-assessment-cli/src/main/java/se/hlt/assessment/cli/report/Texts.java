package se.hlt.assessment.cli.report;

import java.util.Locale;
import se.hlt.assessment.cli.Messages;
import se.hlt.assessment.pairing.Unpaired;

/** Names the report prints: scores by their instrument's label, bands by the bundle's name. */
final class Texts {

    private Texts() {
    }

    /** A score's name in the report's language, e.g. "Emotionella symtom". */
    static String scoreLabel(ScoredForm form, String score, Locale locale) {
        return form.definition().scoreLabel(score).map(l -> l.in(locale)).orElse(score);
    }

    /** A band's name in the report's language, e.g. "gränsvärde". */
    static String band(Messages m, String band) {
        return m.getOrElse("band." + band, band.replace('_', ' '));
    }

    /** Why a form is not paired, in the report's language, e.g. "no follow-up with this id". */
    static String unpaired(Messages m, Unpaired u) {
        return m.get("unpaired." + u.reason().code(), u.baselines(), u.followUps());
    }
}
