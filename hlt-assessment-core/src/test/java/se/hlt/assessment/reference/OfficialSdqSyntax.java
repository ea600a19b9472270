package se.hlt.assessment.reference;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A second, independent implementation of SDQ scoring, for tests only: a deliberately naive, line-by-line
 * transcription of the official scoring syntax (SPSS/Stata/R published by the SDQ authors) as described in
 * {@code shared/spec/sdq.md}.
 *
 * <p>It shares nothing with the engine: no definition file, no norms, no engine class. Item lists, reverse keying
 * and the impact items are typed in here from the specification, and the arithmetic is done differently (the mean
 * as a {@link BigDecimal}, times 5, rounded {@link RoundingMode#HALF_UP}, where the engine uses integer division).
 * When the two disagree on a form, one of them has a bug; the specification says which.
 *
 * <p>Variables are named as in the official syntax: an informant prefix ({@code p}, {@code t}, {@code s}) and
 * the short name, e.g. {@code pconsid} in, {@code pemotion} out. A missing answer (SPSS's SYSMIS) is an absent
 * or {@code null} value; a missing score is a {@code null} value.
 */
public final class OfficialSdqSyntax {

    /** The five reverse-keyed items: {@code RECODE (0=2)(1=1)(2=0)} into {@code r}-prefixed variables. */
    public static final List<String> REVERSED = List.of("obeys", "friend", "popular", "reflect", "attends");

    /** The scores the syntax computes, in the order it computes them. */
    public static final List<String> SCORES =
            List.of("emotion", "conduct", "hyper", "peer", "prosoc", "ebdtot", "extern", "intern", "impact");

    private static final int SCALE_ITEMS = 5;
    private static final int MEAN_SCALE = 20;

    private OfficialSdqSyntax() {
    }

    /** The SDQ versions the syntax distinguishes: they differ only in two conduct items. */
    public enum Version {
        /** Parent and teacher (preschool) forms for 2-4 year olds: items 18 and 22 are argues and spite. */
        AGE_2_4,
        /** Parent and teacher forms for 4-17, and the self-report for 11-17. */
        AGE_4_17
    }

    /** The 25 items in the order they are printed on the form (item 1 first). */
    public static List<String> items(Version version) {
        String item18 = version == Version.AGE_2_4 ? "argues" : "lies";
        String item22 = version == Version.AGE_2_4 ? "spite" : "steals";
        return List.of("consid", "restles", "somatic", "shares", "tantrum", "loner", "obeys", "worries", "caring",
                "fidgety", "friend", "fights", "unhappy", "popular", "distrac", "clingy", "kind", item18, "bullied",
                "helpout", "reflect", item22, "oldbest", "afraid", "attends");
    }

    /**
     * The impact items the syntax sums for an informant: five for parent and self, three for the teacher.
     *
     * @param prefix {@code p}, {@code t} or {@code s}
     */
    public static List<String> impactItems(String prefix) {
        return prefix.equals("t")
                ? List.of("distres", "impfrie", "impclas")
                : List.of("distres", "imphome", "impfrie", "impclas", "impleis");
    }

    /**
     * Runs the syntax on one form.
     *
     * @param prefix the informant prefix, {@code p}, {@code t} or {@code s}
     * @param version which item set the form has
     * @param data the form's variables with their prefix, e.g. {@code pconsid -> 2}; absent or {@code null} when
     *     unanswered
     * @return every score with its prefix, e.g. {@code pemotion}, {@code null} where the syntax leaves it missing
     */
    public static Map<String, Integer> score(String prefix, Version version, Map<String, Integer> data) {
        Map<String, Integer> v = new HashMap<>(data);
        String p = prefix;
        boolean preschool = version == Version.AGE_2_4;

        // RECODE pobeys pfriend ppopular preflect pattends (0=2)(1=1)(2=0)(ELSE=SYSMIS)
        //   INTO robeys rfriend rpopular rreflect rattends.
        for (String item : REVERSED) {
            v.put("r" + item, reverse(v.get(p + item)));
        }

        Map<String, Integer> out = new LinkedHashMap<>();
        // COMPUTE pemotion = RND(MEAN.3(psomatic, pworries, punhappy, pclingy, pafraid) * 5).
        out.put(p + "emotion", rnd(times5(mean(3,
                v.get(p + "somatic"), v.get(p + "worries"), v.get(p + "unhappy"), v.get(p + "clingy"),
                v.get(p + "afraid")))));
        // COMPUTE pconduct = RND(MEAN.3(ptantrum, robeys, pfights, plies, psteals) * 5).
        // (2-4 version: pargues and pspite in place of plies and psteals.)
        out.put(p + "conduct", rnd(times5(mean(3,
                v.get(p + "tantrum"), v.get("robeys"), v.get(p + "fights"),
                v.get(p + (preschool ? "argues" : "lies")), v.get(p + (preschool ? "spite" : "steals"))))));
        // COMPUTE phyper = RND(MEAN.3(prestles, pfidgety, pdistrac, rreflect, rattends) * 5).
        out.put(p + "hyper", rnd(times5(mean(3,
                v.get(p + "restles"), v.get(p + "fidgety"), v.get(p + "distrac"), v.get("rreflect"),
                v.get("rattends")))));
        // COMPUTE ppeer = RND(MEAN.3(ploner, rfriend, rpopular, pbullied, poldbest) * 5).
        out.put(p + "peer", rnd(times5(mean(3,
                v.get(p + "loner"), v.get("rfriend"), v.get("rpopular"), v.get(p + "bullied"),
                v.get(p + "oldbest")))));
        // COMPUTE pprosoc = RND(MEAN.3(pconsid, pshares, pcaring, pkind, phelpout) * 5).
        out.put(p + "prosoc", rnd(times5(mean(3,
                v.get(p + "consid"), v.get(p + "shares"), v.get(p + "caring"), v.get(p + "kind"),
                v.get(p + "helpout")))));

        // COMPUTE pebdtot = SUM.4(pemotion, pconduct, phyper, ppeer).
        out.put(p + "ebdtot", sum(4,
                out.get(p + "emotion"), out.get(p + "conduct"), out.get(p + "hyper"), out.get(p + "peer")));
        // Not in the official syntax; the project's rule (sdq.md section 3), by analogy with the total:
        // COMPUTE pextern = SUM.2(pconduct, phyper).  COMPUTE pintern = SUM.2(pemotion, ppeer).
        out.put(p + "extern", sum(2, out.get(p + "conduct"), out.get(p + "hyper")));
        out.put(p + "intern", sum(2, out.get(p + "emotion"), out.get(p + "peer")));

        // RECODE pdistres pimphome pimpfrie pimpclas pimpleis (0=0)(1=0)(2=1)(3=2)(ELSE=SYSMIS)
        //   INTO qdistres qimphome qimpfrie qimpclas qimpleis.
        // COMPUTE pimpact = SUM(qdistres, qimphome, qimpfrie, qimpclas, qimpleis).
        // (teacher: COMPUTE timpact = SUM(qdistres, qimpfrie, qimpclas).)
        // IF (pebddiff = 0) pimpact = 0.
        List<String> impactItems = impactItems(p);
        Integer[] q = new Integer[impactItems.size()];
        for (int i = 0; i < q.length; i++) {
            q[i] = impactRecode(v.get(p + impactItems.get(i)));
        }
        Integer impact = sum(1, q);
        Integer ebddiff = v.get(p + "ebddiff");
        if (ebddiff != null && ebddiff == 0) {
            impact = 0;
        }
        out.put(p + "impact", impact);
        return Collections.unmodifiableMap(out);
    }

    /** {@code RECODE x (0=2)(1=1)(2=0)(ELSE=SYSMIS)}. */
    private static Integer reverse(Integer code) {
        if (code == null) {
            return null;
        }
        switch (code) {
            case 0: return 2;
            case 1: return 1;
            case 2: return 0;
            default: return null;
        }
    }

    /** {@code RECODE x (0=0)(1=0)(2=1)(3=2)(ELSE=SYSMIS)}. */
    private static Integer impactRecode(Integer code) {
        if (code == null) {
            return null;
        }
        switch (code) {
            case 0: return 0;
            case 1: return 0;
            case 2: return 1;
            case 3: return 2;
            default: return null;
        }
    }

    /** SPSS {@code MEAN.n(...)}: the mean of the valid values, or SYSMIS when fewer than {@code n} are valid. */
    private static BigDecimal mean(int minValid, Integer... values) {
        BigDecimal total = BigDecimal.ZERO;
        int valid = 0;
        for (Integer value : values) {
            if (value != null) {
                total = total.add(BigDecimal.valueOf(value));
                valid++;
            }
        }
        if (valid < minValid) {
            return null;
        }
        // 20 decimals: far more than needed to tell 6.666... from 6.5; quarters and fifths are exact anyway
        return total.divide(BigDecimal.valueOf(valid), MEAN_SCALE, RoundingMode.HALF_UP);
    }

    /** {@code mean * 5}: a scale has five items. */
    private static BigDecimal times5(BigDecimal mean) {
        return mean == null ? null : mean.multiply(BigDecimal.valueOf(SCALE_ITEMS));
    }

    /** SPSS {@code RND(x)}: to the nearest whole number, halves away from zero (all values here are positive). */
    private static Integer rnd(BigDecimal x) {
        return x == null ? null : x.setScale(0, RoundingMode.HALF_UP).intValueExact();
    }

    /** SPSS {@code SUM.n(...)}: the sum of the valid values, or SYSMIS when fewer than {@code n} are valid. */
    private static Integer sum(int minValid, Integer... values) {
        int total = 0;
        int valid = 0;
        for (Integer value : values) {
            if (value != null) {
                total += value;
                valid++;
            }
        }
        return valid < minValid ? null : total;
    }
}
