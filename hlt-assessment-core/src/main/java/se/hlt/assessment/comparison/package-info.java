/**
 * One child's change between two forms: the reliable change index (Jacobson &amp; Truax 1991), clinically
 * significant improvement, and the SDQ Added Value Score (Ford et al. 2009).
 *
 * <p>Every value here names the norms data it was computed from, so that a reader can see where the SD, the
 * reliability or the coefficients come from and how sure the project is of them. The statistics for a group of
 * children are in {@link se.hlt.assessment.cohort}.
 *
 * <p>Layer: domain. It may import {@code privacy} (the personal-number screen), {@code data}, {@code instrument},
 * {@code norms} and {@code scoring}. Never an adapter ({@code text}, {@code json}, {@code csv}), the CLI or a CSV
 * library: file formats are the adapters' business.
 */
package se.hlt.assessment.comparison;
