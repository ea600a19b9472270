package se.hlt.assessment.cli.report;

import java.util.List;
import se.hlt.assessment.cli.Messages;

/** The profile chart with its texts from the bundle. */
final class Charts {

    private Charts() {
    }

    /** A profile chart whose legend names {@code legendBands}; {@code pair} for a baseline and follow-up. */
    static ProfileChart profile(Messages m, List<String> legendBands, boolean pair) {
        return new ProfileChart(new ProfileChart.ChartText(
                m.get(pair ? "report.chart.title.pair" : "report.chart.title"), m.get("report.chart.strength"),
                legendBands, m.get("report.chart.first"), m.get("report.chart.followup"),
                m.get("report.chart.no.bands")));
    }
}
