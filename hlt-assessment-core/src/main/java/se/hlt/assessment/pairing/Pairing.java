package se.hlt.assessment.pairing;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Pairs each baseline with the follow-up of the same id, and says of every other row why it is not paired.
 *
 * <p>The rows given are one informant's forms of one instrument (the caller's files are that already), so the id
 * alone decides who belongs together. An id with exactly one baseline and one follow-up is a pair, unless the two
 * contradict each other: the follow-up dated before the baseline, different sexes, or a lower age at follow-up
 * (then both rows are in conflict: they may be about two children). An id with more than one baseline or
 * follow-up is in conflict, every row of it. A row whose id has no partner, or that has no id, is unmatched.
 *
 * <p>So every row ends up in exactly one place: {@code size = 2 × pairs + unpaired}. Immutable; pairs are in the
 * order of their baselines, unpaired rows in row order.
 */
public final class Pairing {

    private final int[] baselines;
    private final int[] followUps;
    private final List<Unpaired> unpaired;

    private Pairing(int[] baselines, int[] followUps, List<Unpaired> unpaired) {
        this.baselines = baselines;
        this.followUps = followUps;
        this.unpaired = List.copyOf(unpaired);
    }

    /** Pairs {@code rows}. */
    public static Pairing of(PairingRows rows) {
        return new Matcher(rows).match();
    }

    /** How many pairs. */
    public int pairs() {
        return baselines.length;
    }

    /** The baseline row of pair {@code pair} (0 to {@link #pairs()} &minus; 1). */
    public int baselineOf(int pair) {
        return baselines[pair];
    }

    /** The follow-up row of pair {@code pair}. */
    public int followUpOf(int pair) {
        return followUps[pair];
    }

    /** Every row that is not part of a pair, in row order, with its reason. */
    public List<Unpaired> unpaired() {
        return unpaired;
    }

    /** How many rows have no partner. */
    public long unmatched() {
        return unpaired.stream().filter(u -> !u.isConflict()).count();
    }

    /** How many rows are in conflict. */
    public long conflicts() {
        return unpaired.stream().filter(Unpaired::isConflict).count();
    }

    /** One pass of counting per id, one of checking partners, one of sorting rows out. */
    private static final class Matcher {
        private final PairingRows rows;
        private final int[] baselineCount;
        private final int[] followUpCount;
        private final int[] baselineRow;
        private final int[] followUpRow;
        /** Per id with one baseline and one follow-up: why they contradict each other, or null when they agree. */
        private final UnpairedReason[] contradiction;

        Matcher(PairingRows rows) {
            this.rows = rows;
            int keys = 0;
            for (int r = 0; r < rows.size(); r++) {
                keys = Math.max(keys, rows.key(r) + 1);
            }
            baselineCount = new int[keys];
            followUpCount = new int[keys];
            baselineRow = new int[keys];
            followUpRow = new int[keys];
            contradiction = new UnpairedReason[keys];
        }

        Pairing match() {
            count();
            checkPartners();
            return sortOut();
        }

        private void count() {
            for (int r = 0; r < rows.size(); r++) {
                int k = rows.key(r);
                if (k == PairingRows.NO_KEY) {
                    continue;
                }
                if (rows.isFollowUp(r)) {
                    followUpRow[k] = followUpCount[k]++ == 0 ? r : followUpRow[k];
                } else {
                    baselineRow[k] = baselineCount[k]++ == 0 ? r : baselineRow[k];
                }
            }
        }

        private void checkPartners() {
            for (int k = 0; k < baselineCount.length; k++) {
                if (baselineCount[k] == 1 && followUpCount[k] == 1) {
                    contradiction[k] = contradiction(baselineRow[k], followUpRow[k]);
                }
            }
        }

        /** Why a baseline and a follow-up of one id cannot be about the same child over time, or null. */
        private UnpairedReason contradiction(int baseline, int followUp) {
            if (bothGiven(rows.date(baseline), rows.date(followUp)) && rows.date(followUp) < rows.date(baseline)) {
                return UnpairedReason.FOLLOW_UP_BEFORE_BASELINE;
            }
            if (bothGiven(rows.sex(baseline), rows.sex(followUp)) && rows.sex(followUp) != rows.sex(baseline)) {
                return UnpairedReason.SEX_DIFFERS;
            }
            if (bothGiven(rows.age(baseline), rows.age(followUp)) && rows.age(followUp) < rows.age(baseline)) {
                return UnpairedReason.AGE_DECREASES;
            }
            return null;
        }

        private static boolean bothGiven(int a, int b) {
            return a != PairingRows.NONE && b != PairingRows.NONE;
        }

        private Pairing sortOut() {
            int[] baselines = new int[baselineCount.length];
            int[] followUps = new int[baselineCount.length];
            int pairs = 0;
            List<Unpaired> unpaired = new ArrayList<>();
            for (int r = 0; r < rows.size(); r++) {
                int k = rows.key(r);
                if (k == PairingRows.NO_KEY) {
                    unpaired.add(new Unpaired(r, UnpairedReason.NO_ID, 0, 0));
                    continue;
                }
                int b = baselineCount[k];
                int f = followUpCount[k];
                if (b > 1 || f > 1) {
                    unpaired.add(new Unpaired(r, UnpairedReason.DUPLICATES, b, f));
                } else if (f == 0) {
                    unpaired.add(new Unpaired(r, UnpairedReason.NO_FOLLOW_UP, b, f));
                } else if (b == 0) {
                    unpaired.add(new Unpaired(r, UnpairedReason.NO_BASELINE, b, f));
                } else if (contradiction[k] != null) {
                    unpaired.add(new Unpaired(r, contradiction[k], b, f));
                } else if (!rows.isFollowUp(r)) {
                    baselines[pairs] = r;
                    followUps[pairs] = followUpRow[k];
                    pairs++;
                }
            }
            return new Pairing(Arrays.copyOf(baselines, pairs), Arrays.copyOf(followUps, pairs), unpaired);
        }
    }
}
