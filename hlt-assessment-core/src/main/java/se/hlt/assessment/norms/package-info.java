/**
 * Norms: population-derived tables (bands and, later, means, SDs and reliabilities) read from the
 * {@code norms} module's data files, each with its citation and confidence tag.
 *
 * <p>A norms table never appears in code. A country's own table, or a researcher's local one, is a file of the
 * same shape ({@code norms.schema.json}).
 *
 * <p>Layer: domain. It may import {@code privacy} (the personal-number screen), {@code data} and {@code instrument}.
 * Never an adapter ({@code text}, {@code json}, {@code csv}), the CLI or a CSV library: file formats are the adapters'
 * business.
 */
package se.hlt.assessment.norms;
