/**
 * The CSV adapter: the batch use cases over spreadsheet files and the plumbing that streams them.
 *
 * <p>Entry points: {@link se.hlt.assessment.csv.SdqCsvBatch} (score an SDQ file row by row),
 * {@link se.hlt.assessment.csv.SdqPairsCsv} (pair baseline and follow-up forms, or ORS series, into one row per
 * child), {@link se.hlt.assessment.csv.CohortCsv} (a cohort report from pairs files),
 * {@link se.hlt.assessment.csv.CohortFiles} (read back a cohort report, CSV or JSON),
 * {@link se.hlt.assessment.csv.SessionsCsvBatch} (the session-by-session forms of the ORS/SRS family, read, scored
 * form by form and assessed client by client as a series; memory is bounded by the largest single client's rows,
 * not by the file) and {@link se.hlt.assessment.csv.ExpectedResponseCsv}. Everything else here (row readers,
 * writers, interning, column layouts) is package-private plumbing.
 *
 * <p>Researchers' exports are read as they are: UTF-8 or Windows-1252 ({@link se.hlt.assessment.csv.TextEncoding},
 * told by {@code EncodingSniffer}), written back in the input's encoding and line ends or UTF-8
 * ({@link se.hlt.assessment.csv.OutputEncoding}), with the export's own column names and sex codes
 * ({@link se.hlt.assessment.csv.ExportConventions}); what a run notices about a file as a whole is a
 * {@link se.hlt.assessment.csv.ReadingNote} in its summary.
 *
 * <p>Every run ends in one {@link se.hlt.assessment.csv.Outcome}: done with its summary, or refused with a
 * {@link se.hlt.assessment.csv.Refusal} whose {@link se.hlt.assessment.csv.RefusalKind} is the one vocabulary of
 * whole-file refusals. Other problems with the input are returned as values too
 * ({@link se.hlt.assessment.data.Checked}, problem lists, error rows) that a caller can show to a user; exceptions
 * are kept for I/O failures and programmer mistakes.
 *
 * <p>Layer: an adapter. It may import the domain packages, {@code data}, {@code privacy}, {@code text} and
 * {@code json} (the cohort file reader reads either format; a cohort reading is reported in the JSON document too),
 * never the CLI. Nothing below it imports it.
 */
package se.hlt.assessment.csv;
