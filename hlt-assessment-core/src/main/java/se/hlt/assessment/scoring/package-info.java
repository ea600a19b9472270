/**
 * The scoring engine: one generic engine that scores a form of any {@link se.hlt.assessment.instrument
 * instrument definition} into an immutable {@link se.hlt.assessment.scoring.FormResult}.
 *
 * <p>Start with {@link se.hlt.assessment.scoring.Scorer#builtIn()}. A {@code Scorer} compiles each definition once
 * into a {@link se.hlt.assessment.scoring.PreparedInstrument} (arrays, no maps or parsing per form) and is safe
 * to share between threads.
 */
package se.hlt.assessment.scoring;
