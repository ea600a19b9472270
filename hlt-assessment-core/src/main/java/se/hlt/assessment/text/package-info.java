/**
 * Plain-text conventions shared by the JSON and CSV adapters: decimal numbers read without floating point
 * ({@link se.hlt.assessment.text.DecimalText}). The screen for personal identity numbers, which the domain needs
 * too, is in {@link se.hlt.assessment.privacy}.
 *
 * <p>Layer: adapter support. It imports no other package of the library.
 */
package se.hlt.assessment.text;
