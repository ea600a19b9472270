/**
 * The JSON adapter: forms ({@link se.hlt.assessment.json.FormJson}), results
 * ({@link se.hlt.assessment.json.ResultJson}), series ({@link se.hlt.assessment.json.SeriesJson}) and cohort
 * reports ({@link se.hlt.assessment.json.CohortJson}) as JSON documents, read into the library's values and
 * written back.
 *
 * <p>Problems with a document are returned as {@link se.hlt.assessment.data.Checked} values that name the field,
 * never as exceptions.
 *
 * <p>Layer: an adapter. It may import the domain packages, {@code data}, {@code privacy} and {@code text}; never
 * {@code csv} (which imports it) nor the CLI.
 */
package se.hlt.assessment.json;
