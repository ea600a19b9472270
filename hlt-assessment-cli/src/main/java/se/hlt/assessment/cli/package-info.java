/**
 * The {@code hlt} command line: score a form, list the instruments, score a CSV batch.
 *
 * <p>Built with picocli. Every command has {@code --help} with an example; output is in English or Swedish
 * ({@code --lang}); texts come from the {@code messages} resource bundles; exit codes are in {@link
 * se.hlt.assessment.cli.ExitCodes}.
 *
 * <p>Layer: the top. It may import every package of the library (data, domain, the {@code json} and {@code csv}
 * adapters); nothing in the library imports it.
 */
package se.hlt.assessment.cli;
