package se.hlt.assessment.csv;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import se.hlt.assessment.comparison.BandPosition;
import se.hlt.assessment.instrument.Informant;
import se.hlt.assessment.norms.BandRange;
import se.hlt.assessment.norms.Bands;
import se.hlt.assessment.norms.NormsCatalog;

/**
 * Turns the band names of a pairs file ({@code pemotion_band3_t1} = {@code abnormal}) back into positions in
 * their table, which say which bands are atypical ({@link BandPosition}): the table is the one the pairs were
 * banded with, found by each row's instrument, informant and version. One lookup per distinct instrument, kept;
 * not thread-safe.
 */
final class PairBands {

    /** One table's band names and positions for each score of the file, or none. */
    static final class Table {
        /** Per score, the names as bytes and their positions; null where the table does not band the score. */
        private final byte[][][] names;
        private final BandPosition[][] positions;

        Table(Optional<Bands> bands, List<PairsHeader.ScaleColumns> scales) {
            names = new byte[scales.size()][][];
            positions = new BandPosition[scales.size()][];
            for (int s = 0; s < scales.size(); s++) {
                String score = scales.get(s).scale().name().substring(1);
                List<BandRange> ranges = bands.map(b -> b.scores().get(score)).orElse(null);
                if (ranges == null) {
                    continue;
                }
                names[s] = new byte[ranges.size()][];
                positions[s] = new BandPosition[ranges.size()];
                for (int p = 0; p < ranges.size(); p++) {
                    names[s][p] = ranges.get(p).band().getBytes(StandardCharsets.UTF_8);
                    positions[s][p] = new BandPosition(ranges.get(p).band(), p, ranges.size());
                }
            }
        }

        /** The position of the band named in field {@code field} for score {@code s}, or null if none is. */
        BandPosition position(int s, ByteRecord record, int field) {
            if (names[s] == null) {
                return null;
            }
            for (int p = 0; p < names[s].length; p++) {
                if (record.is(field, names[s][p])) {
                    return positions[s][p];
                }
            }
            return null;
        }
    }

    private final NormsCatalog norms;
    private final List<PairsHeader.ScaleColumns> scales;
    private final ByteKeys keys = new ByteKeys();
    private final List<Table> tables = new ArrayList<>();
    private byte[] scratch = new byte[64];

    PairBands(NormsCatalog norms, List<PairsHeader.ScaleColumns> scales) {
        this.norms = norms;
        this.scales = scales;
    }

    /** The band table of the row's instrument, informant and version (columns given), perhaps without bands. */
    Table of(ByteRecord record, int instrument, int informant, int version) {
        int length = 0;
        for (int field : new int[] {instrument, informant, version}) {
            scratch = record.appendTrimmed(field, scratch, length);
            length += record.lastLength;
            if (length == scratch.length) {
                scratch = java.util.Arrays.copyOf(scratch, length * 2);
            }
            scratch[length++] = 0;
        }
        int key = keys.number(scratch, length);
        if (key == tables.size()) {
            tables.add(new Table(find(record, instrument, informant, version), scales));
        }
        return tables.get(key);
    }

    private Optional<Bands> find(ByteRecord record, int instrument, int informant, int version) {
        Optional<String> family = record.text(instrument).map(String::trim);
        Optional<Informant> who = record.text(informant).flatMap(Informant::tryParse);
        Optional<String> form = record.text(version).map(String::trim);
        if (family.isEmpty() || who.isEmpty() || form.isEmpty()) {
            return Optional.empty();
        }
        return norms.bandTable(family.get(), form.get(), who.get(), PairsHeader.SCHEME).flatMap(t -> t.bands());
    }
}
