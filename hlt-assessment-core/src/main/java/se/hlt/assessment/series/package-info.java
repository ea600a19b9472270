/**
 * Series of session-by-session forms (the ORS/SRS family): one client's forms, session after session, assessed for
 * change since intake, reliable and clinically significant improvement, the early-change signal, alliance alerts
 * and, with a table the user supplies, whether each session is on track.
 *
 * <p>Start with {@link se.hlt.assessment.series.SeriesScorer#builtIn()}. Each form is scored by the one generic
 * engine ({@link se.hlt.assessment.scoring.Scorer}); every number a series uses (cut-offs, the reliable change
 * value, the alert rules) comes from {@link se.hlt.assessment.norms.OrsSrsRules} data, never from code. Results are
 * immutable, and a row that cannot be part of a series is reported with its row number, never dropped.
 *
 * <p>Layer: domain. It may import {@code privacy} (the personal-number screen), {@code data}, {@code instrument},
 * {@code norms}, {@code scoring} and {@code comparison}. Never an adapter ({@code text}, {@code json}, {@code csv}),
 * the CLI or a CSV library: file formats are the adapters' business.
 */
package se.hlt.assessment.series;
