/**
 * The scoring engine: one generic engine that scores a form of any {@link se.hlt.assessment.instrument
 * instrument definition} into an immutable {@link se.hlt.assessment.scoring.FormResult}.
 *
 * <p>Start with {@link se.hlt.assessment.scoring.Scorer#builtIn()}. A {@code Scorer} compiles each definition once
 * into a {@link se.hlt.assessment.scoring.PreparedInstrument} (arrays, no maps or parsing per form) and is safe
 * to share between threads.
 *
 * <p>A {@link se.hlt.assessment.scoring.Form}'s answers are decimals ({@link se.hlt.assessment.scoring.Answers}
 * reads {@code "6,5"}); the names of the built-in scores and bands are constants
 * ({@link se.hlt.assessment.scoring.SdqScores}, {@link se.hlt.assessment.scoring.OrsSrsScores},
 * {@link se.hlt.assessment.scoring.BandNames}); problems, warnings and band names have their texts in English and
 * Swedish here ({@link se.hlt.assessment.scoring.Texts}), read by the command line and the validation module.
 *
 * <p>Layer: domain. It may import {@code privacy} (the personal-number screen), {@code data}, {@code instrument} and
 * {@code norms}. Never an adapter ({@code text}, {@code json}, {@code csv}), the CLI or a CSV library: file formats are
 * the adapters' business.
 */
package se.hlt.assessment.scoring;
