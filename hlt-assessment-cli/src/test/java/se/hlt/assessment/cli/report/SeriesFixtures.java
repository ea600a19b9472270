package se.hlt.assessment.cli.report;

import se.hlt.assessment.json.SeriesJson;
import se.hlt.assessment.series.SeriesResult;
import se.hlt.assessment.series.SeriesScorer;

/** Scored ORS/SRS series for the page tests, with pseudonymous ids only. */
final class SeriesFixtures {

    /**
     * A 14-year-old's ORS at six sessions and SRS at the first three only, a parent's ORS totals at two:
     * the alliance falls below its cut-off and drops at session 2, and the ORS change is not reliable by session 3,
     * so the table carries long alerts.
     */
    static final String WITH_ALERTS = """
            {"client": "k-0417", "episode": "2026-1", "sessions": [
             {"session": 1, "date": "2026-01-12", "instrument": "ors", "rater": "self", "age": 14,
              "answers": {"individually": 4.5, "interpersonally": 5.0, "socially": 4.2, "overall": 4.6}},
             {"session": 1, "date": "2026-01-12", "instrument": "srs", "rater": "self", "age": 14,
              "answers": {"relationship": 9.2, "goals": 9.0, "approach": 8.8, "overall": 9.1}},
             {"session": 1, "date": "2026-01-12", "instrument": "ors", "rater": "parent", "age": 14,
              "answers": {"total": 22.0}},
             {"session": 2, "date": "2026-01-19", "instrument": "ors", "rater": "self", "age": 14,
              "answers": {"individually": 4.6, "interpersonally": 5.1, "socially": 4.3, "overall": 4.4}},
             {"session": 2, "date": "2026-01-19", "instrument": "srs", "rater": "self", "age": 14,
              "answers": {"relationship": 7.0, "goals": 7.6, "approach": 7.5, "overall": 7.9}},
             {"session": 3, "date": "2026-01-26", "instrument": "ors", "rater": "self", "age": 14,
              "answers": {"individually": 4.8, "interpersonally": 5.0, "socially": 4.9, "overall": 5.2}},
             {"session": 3, "date": "2026-01-26", "instrument": "srs", "rater": "self", "age": 14,
              "answers": {"relationship": 9.3, "goals": 9.1, "approach": 9.0, "overall": 9.2}},
             {"session": 3, "date": "2026-01-26", "instrument": "ors", "rater": "parent", "age": 14,
              "answers": {"total": 29.5}},
             {"session": 4, "date": "2026-02-02", "instrument": "ors", "rater": "self", "age": 14,
              "answers": {"individually": 5.8, "interpersonally": 6.0, "socially": 5.9, "overall": 6.2}},
             {"session": 5, "date": "2026-02-09", "instrument": "ors", "rater": "self", "age": 14,
              "answers": {"individually": 7.1, "interpersonally": 7.0, "socially": 6.9, "overall": 7.2}},
             {"session": 6, "date": "2026-02-16", "instrument": "ors", "rater": "self", "age": 14,
              "answers": {"individually": 7.5, "interpersonally": 7.4, "socially": 7.3, "overall": 7.6}}]}
            """;

    /** The same client with a reliable improvement at session 2 and the alliance above its cut-off throughout. */
    static final String WITHOUT_ALERTS = """
            {"client": "k-0418", "sessions": [
             {"session": 1, "date": "2026-01-12", "instrument": "ors", "rater": "self", "age": 14,
              "answers": {"individually": 4.5, "interpersonally": 5.0, "socially": 4.2, "overall": 4.6}},
             {"session": 1, "date": "2026-01-12", "instrument": "srs", "rater": "self", "age": 14,
              "answers": {"relationship": 9.2, "goals": 9.0, "approach": 8.8, "overall": 9.1}},
             {"session": 2, "date": "2026-01-19", "instrument": "ors", "rater": "self", "age": 14,
              "answers": {"individually": 6.5, "interpersonally": 6.5, "socially": 6.8, "overall": 6.1}},
             {"session": 2, "date": "2026-01-19", "instrument": "srs", "rater": "self", "age": 14,
              "answers": {"relationship": 9.4, "goals": 9.6, "approach": 9.5, "overall": 9.3}},
             {"session": 3, "date": "2026-01-26", "instrument": "ors", "rater": "self", "age": 14,
              "answers": {"individually": 7.1, "interpersonally": 7.0, "socially": 6.9, "overall": 7.2}}]}
            """;

    /**
     * A long series: ORS and SRS at each of 10 sessions, the alliance below its cut-off or dropping at every other
     * session and no reliable change until late, so that most rows of the table carry an alert or two.
     */
    static String longWithAlerts() {
        StringBuilder json = new StringBuilder("{\"client\": \"k-0419\", \"episode\": \"2026-2\", \"sessions\": [");
        for (int session = 1; session <= 10; session++) {
            double ors = session < 7 ? 4.5 + session * 0.05 : 4.5 + session * 0.4;
            double srs = session % 2 == 0 ? 7.2 : 9.3;
            json.append(session == 1 ? "" : ",").append(String.format(java.util.Locale.ROOT,
                    "{\"session\": %d, \"date\": \"2026-03-%02d\", \"instrument\": \"ors\", \"rater\": \"self\","
                            + " \"age\": 14, \"answers\": {\"individually\": %.1f, \"interpersonally\": %.1f,"
                            + " \"socially\": %.1f, \"overall\": %.1f}},"
                            + "{\"session\": %d, \"date\": \"2026-03-%02d\", \"instrument\": \"srs\", \"rater\": \"self\","
                            + " \"age\": 14, \"answers\": {\"relationship\": %.1f, \"goals\": %.1f,"
                            + " \"approach\": %.1f, \"overall\": %.1f}}",
                    session, session, ors, ors, ors, ors, session, session, srs, srs, srs, srs));
        }
        return json.append("]}").toString();
    }

    private SeriesFixtures() {
    }

    /** {@code json} read and scored as hlt report does. */
    static SeriesResult scored(String json) {
        SeriesScorer scorer = SeriesScorer.builtIn();
        return scorer.score(SeriesJson.read(json, scorer.scorer().instruments()).orElseThrow());
    }
}
