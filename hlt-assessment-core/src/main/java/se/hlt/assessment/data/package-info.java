/**
 * Data loading: the JSON data files behind instruments and norms (shipped in the library or given by a user),
 * checked against their published JSON Schema and bound to records, and {@link se.hlt.assessment.data.Checked},
 * the value-or-problems result that reading any outside input gives.
 *
 * <p>The bottom layer. It imports no other package of the library: the domain packages
 * ({@code instrument}, {@code norms}, {@code comparison}, ...) call it with the record type to bind and the
 * consistency check to run, so it never needs to know what an instrument or a norms table is.
 */
package se.hlt.assessment.data;
