/**
 * Figures for a group of children, as an HLT team and its county report them ({@code hlt-context.md}): change
 * statistics over pairs of scores, shares of reliable change and of children leaving the atypical band, mean
 * Added Value Score, HLT age bands, and small-cell suppression for tables that leave the team.
 *
 * <p>Every distribution, test and interval comes from Apache Commons Math 3.6.1. Results are immutable records;
 * a statistic that cannot be computed for a group (too few children, no spread) is an empty optional, never
 * NaN, and the result lists why it is missing.
 *
 * <p>Layer: domain. It may import {@code privacy} (the personal-number screen), {@code data}, {@code instrument},
 * {@code norms}, {@code scoring} and {@code comparison}. Never an adapter ({@code text}, {@code json}, {@code csv}),
 * the CLI or a CSV library: file formats are the adapters' business.
 */
package se.hlt.assessment.cohort;
