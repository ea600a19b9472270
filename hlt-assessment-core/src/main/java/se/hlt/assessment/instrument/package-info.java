/**
 * Instrument definitions: what a questionnaire version asks and how it is scored, read from data files.
 *
 * <p>Each version of an instrument (for example the SDQ parent report for ages 4&ndash;17, baseline) is one
 * JSON definition file, validated against {@code instrument.schema.json} when it is loaded. Nothing about a
 * particular instrument is written in Java: the {@link se.hlt.assessment.scoring scoring engine} reads these
 * definitions and nothing else. A new version or translation of a form is a new data file.
 *
 * <p>Layer: domain. It may import {@code privacy} (the personal-number screen), {@code data} only. Never an adapter
 * ({@code text}, {@code json}, {@code csv}), the CLI or a CSV library: file formats are the adapters' business.
 */
package se.hlt.assessment.instrument;
