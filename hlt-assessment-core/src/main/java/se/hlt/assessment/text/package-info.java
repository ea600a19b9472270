/**
 * Plain-text conventions shared by the JSON and CSV adapters: decimal numbers read without floating point
 * ({@link se.hlt.assessment.text.DecimalText}) and the recognition of Swedish personal identity numbers that must
 * never be stored ({@link se.hlt.assessment.text.PersonalIdentityNumbers}).
 *
 * <p>Layer: adapter support. It imports no other package of the library.
 */
package se.hlt.assessment.text;
