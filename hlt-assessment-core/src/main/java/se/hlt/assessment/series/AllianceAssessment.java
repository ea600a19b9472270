package se.hlt.assessment.series;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import se.hlt.assessment.norms.AlertRule;

/**
 * One rater's alliance forms taken together: an alliance total lower than the previous one by the rule's points or
 * more raises an alert (the forms' own alerts, such as a total below the cut-off, are already on them).
 */
final class AllianceAssessment {

    private AllianceAssessment() {
    }

    /**
     * The alliance sessions with the drop alerts added.
     *
     * @param forms the forms assessed on their own, in session order
     */
    static List<SessionResult> of(List<SessionResult> forms, AlertRule drop) {
        if (!drop.enabled()) {
            return forms;
        }
        BigDecimal points = drop.points().orElseThrow();
        List<SessionResult> assessed = new ArrayList<>(forms.size());
        BigDecimal previous = null;
        for (SessionResult s : forms) {
            if (s.total().isEmpty()) {
                assessed.add(s);
                continue;
            }
            BigDecimal total = s.total().get();
            if (previous != null && previous.subtract(total).compareTo(points) >= 0) {
                List<Alert> alerts = new ArrayList<>(s.alerts());
                alerts.add(Alert.of(AlertKind.ALLIANCE_DROP, s.session(), previous.subtract(total), points));
                s = s.withAlerts(alerts);
            }
            assessed.add(s);
            previous = total;
        }
        return List.copyOf(assessed);
    }
}
