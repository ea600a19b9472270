package se.hlt.assessment.csv;

import java.util.ArrayList;
import java.util.List;
import se.hlt.assessment.norms.NormTable;
import se.hlt.assessment.norms.NormsCatalog;
import se.hlt.assessment.scoring.BandScheme;
import se.hlt.assessment.scoring.PreparedInstrument;
import se.hlt.assessment.scoring.TableRef;

/**
 * The columns an SDQ output adds after the input's, named with the informant's prefix: each score, its band under
 * each scheme the vocabulary bands it in, its z-score and cut-off band against each norms table the form is
 * compared with, then {@code status} and {@code flags}. Apart from {@link SdqLayout}, which reads the header,
 * because they follow from the chosen form alone.
 *
 * @param scores the score columns, in the form's score order
 * @param bands the band columns, in output order
 * @param norms the norms columns, in output order
 * @param all every added column, in output order
 */
record SdqAddedColumns(List<String> scores, List<BandColumn> bands, List<NormColumn> norms, List<String> all) {

    static final String STATUS = "status";
    static final String FLAGS = "flags";

    /** A band column: the score's position in a result and the scheme, e.g. {@code band3}. */
    record BandColumn(int score, String scheme) {
    }

    /**
     * A norms column: the z-score ({@code z}) or the cut-off band (otherwise) of a score against one norms table,
     * named {@code <score>_z_<table>} or {@code <score>_band_<table>}, e.g. {@code pebdtot_z_uk-parent-5-15-boys}.
     */
    record NormColumn(String table, String score, boolean z) {
    }

    /** The columns that {@code form}'s scores add, each name after {@code prefix}. */
    static SdqAddedColumns of(PreparedInstrument form, String prefix, SdqVocabulary vocabulary, NormsCatalog norms) {
        List<String> scores = form.scoreNames();
        List<String> scoreColumns = scores.stream().map(s -> prefix + s).toList();
        List<BandColumn> bandColumns = new ArrayList<>();
        List<String> added = new ArrayList<>(scoreColumns);
        for (BandScheme scheme : form.bandSchemes()) {
            for (int s = 0; s < scores.size(); s++) {
                if (vocabulary.hasBands(scheme.scheme(), scores.get(s))) {
                    bandColumns.add(new BandColumn(s, scheme.scheme()));
                    added.add(prefix + scores.get(s) + "_" + scheme.scheme());
                }
            }
        }
        List<NormColumn> normColumns = new ArrayList<>();
        for (TableRef ref : form.comparisonTables()) {
            NormTable table = norms.find(ref.id()).orElseThrow();
            for (String score : scores) {
                if (table.meanSd().containsKey(score)) {
                    normColumns.add(new NormColumn(ref.id(), score, true));
                    added.add(prefix + score + "_z_" + ref.id());
                }
                if (table.bands().map(b -> b.scores().containsKey(score)).orElse(false)) {
                    normColumns.add(new NormColumn(ref.id(), score, false));
                    added.add(prefix + score + "_band_" + ref.id());
                }
            }
        }
        added.add(STATUS);
        added.add(FLAGS);
        return new SdqAddedColumns(scoreColumns, bandColumns, normColumns, List.copyOf(added));
    }
}
