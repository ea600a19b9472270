package se.hlt.assessment.norms;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The checks on ORS/SRS rules that their JSON Schema cannot express: every instrument is an outcome or an alliance
 * measure, never both; no two rules of a kind apply to the same form; numbers have at most the one decimal a total
 * has; and each alert has the number it needs.
 */
final class OrsSrsRulesCheck {

    /** Totals are read to one decimal, so a cut-off or a change with more could never be met exactly as meant. */
    private static final int MOST_DECIMALS = 1;

    private OrsSrsRulesCheck() {
    }

    /** Every problem with {@code rules}; empty when they are consistent. */
    static List<String> problems(OrsSrsRules rules) {
        List<String> problems = new ArrayList<>();
        Set<String> known = new HashSet<>(rules.measures().outcome());
        rules.measures().alliance().forEach(i -> {
            if (!known.add(i)) {
                problems.add("measures: '" + i + "' is both an outcome and an alliance measure");
            }
        });
        List<RuleScope> cutoffScopes = rules.cutoffs().stream().map(CutoffRule::scope).toList();
        checkScopes("cutoffs", cutoffScopes, known, problems);
        for (int i = 0; i < rules.cutoffs().size(); i++) {
            checkDecimals("cutoffs[" + i + "].cutoff", rules.cutoffs().get(i).cutoff(), problems);
        }
        List<RuleScope> changeScopes = rules.reliableChange().stream().map(ReliableChangeRule::scope).toList();
        checkScopes("reliableChange", changeScopes, known, problems);
        for (int i = 0; i < rules.reliableChange().size(); i++) {
            String where = "reliableChange[" + i + "]";
            checkDecimals(where + ".points", Optional.of(rules.reliableChange().get(i).points()), problems);
            rules.reliableChange().get(i).instruments().stream()
                    .filter(instrument -> !rules.measures().outcome().contains(instrument))
                    .forEach(instrument -> problems.add(where + ".instruments: '" + instrument
                            + "' is not an outcome measure, and only outcome is followed for change"));
        }
        AlertRules alerts = rules.alerts();
        requirePoints("alerts.allianceDrop", alerts.allianceDrop(), problems);
        requirePoints("alerts.allianceScaleBelow", alerts.allianceScaleBelow(), problems);
        if (alerts.earlyChange().bySession().isEmpty()) {
            problems.add("alerts.earlyChange.bySession: the session is missing");
        }
        return problems;
    }

    private static void checkScopes(String where, List<RuleScope> scopes, Set<String> known, List<String> problems) {
        for (int i = 0; i < scopes.size(); i++) {
            RuleScope scope = scopes.get(i);
            String at = where + "[" + i + "]";
            scope.instruments().stream().filter(instrument -> !known.contains(instrument)).forEach(instrument ->
                    problems.add(at + ".instruments: '" + instrument + "' is not in measures"));
            for (int j = 0; j < i; j++) {
                if (scope.overlaps(scopes.get(j))) {
                    problems.add(where + "[" + i + "]: applies to some of the same forms as " + where + "[" + j
                            + "] (same instrument, rater and age)");
                }
            }
        }
    }

    private static void checkDecimals(String where, Optional<BigDecimal> number, List<String> problems) {
        number.filter(n -> n.stripTrailingZeros().scale() > MOST_DECIMALS).ifPresent(n ->
                problems.add(where + ": " + n.toPlainString() + " has more than one decimal"));
    }

    private static void requirePoints(String where, AlertRule rule, List<String> problems) {
        if (rule.points().isEmpty()) {
            problems.add(where + ".points: the number of points is missing");
        } else {
            checkDecimals(where + ".points", rule.points(), problems);
        }
    }
}
