/**
 * The one screen for personal data the program must never hold: Swedish personal identity and co-ordination
 * numbers, recognised in a single value ({@link se.hlt.assessment.privacy.PersonalIdentityNumbers}) or judged
 * over a column of them ({@link se.hlt.assessment.privacy.IdentityNumberColumn}).
 *
 * <p>Layer: the bottom, beside {@code data}. It imports no other package of the library, so that every layer can
 * use the same screen: the domain's own records ({@code scoring.Form}, {@code scoring.FormContext},
 * {@code series.Series}, the cohort's group values) refuse such a value whoever builds them, and the adapters and
 * the CLI screen what they read before it gets that far. Kept apart from {@code text} (the adapters' plain-text
 * conventions), which the domain may not import.
 */
package se.hlt.assessment.privacy;
