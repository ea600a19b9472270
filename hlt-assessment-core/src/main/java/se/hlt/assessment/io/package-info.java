/**
 * Reading and writing: JSON forms and results, CSV batches, and the data files behind instruments and norms.
 *
 * <p>Everything here turns outside text into the library's values and back. Problems with the input are
 * returned as values ({@link se.hlt.assessment.data.Checked}, problem lists, error rows) that a caller can show
 * to a user; exceptions are kept for I/O failures and programmer mistakes.
 */
package se.hlt.assessment.io;
