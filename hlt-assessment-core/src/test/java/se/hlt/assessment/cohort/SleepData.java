package se.hlt.assessment.cohort;

import java.util.ArrayList;
import java.util.List;

/**
 * Student's (1908) sleep data as shipped with R ({@code datasets::sleep}): extra hours of sleep of 10 patients
 * under two drugs. Cushny AR, Peebles AR (1905) J Physiol 32:501-510; Student (1908) Biometrika 6:1-25.
 */
final class SleepData {

    /** Extra sleep under drug 1 (R: {@code group == 1}), patients 1 to 10. */
    static final double[] GROUP_1 = {0.7, -1.6, -0.2, -1.2, -0.1, 3.4, 3.7, 0.8, 0.0, 2.0};
    /** Extra sleep under drug 2 (R: {@code group == 2}), patients 1 to 10. */
    static final double[] GROUP_2 = {1.9, 0.8, 1.1, 0.1, -0.1, 4.4, 5.5, 1.6, 4.6, 3.4};

    private SleepData() {
    }

    /**
     * The pairs with drug 2 as T1 and drug 1 as T2, so that T2 &minus; T1 = group 1 &minus; group 2, the
     * difference R's {@code t.test(extra ~ group, data = sleep, paired = TRUE)} reports.
     */
    static List<ScorePair> asInR() {
        List<ScorePair> pairs = new ArrayList<>();
        for (int i = 0; i < GROUP_1.length; i++) {
            pairs.add(ScorePair.of(GROUP_2[i], GROUP_1[i]));
        }
        return pairs;
    }

    /** The same pairs the other way round: T1 drug 1, T2 drug 2. */
    static List<ScorePair> reversed() {
        List<ScorePair> pairs = new ArrayList<>();
        for (int i = 0; i < GROUP_1.length; i++) {
            pairs.add(ScorePair.of(GROUP_1[i], GROUP_2[i]));
        }
        return pairs;
    }
}
