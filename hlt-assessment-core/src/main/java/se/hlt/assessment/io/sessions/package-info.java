/**
 * The CSV batch of session-by-session forms (the long format of the ORS/SRS family, one row per form): read,
 * scored form by form, assessed client by client as a series, and written out row by row, with one row per series
 * and an errors file. Streams: memory is bounded by the largest single client's rows, not by the file.
 *
 * <p>Start with {@link se.hlt.assessment.io.sessions.SessionsCsvBatch}.
 */
package se.hlt.assessment.io.sessions;
