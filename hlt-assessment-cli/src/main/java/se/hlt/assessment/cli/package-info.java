/**
 * The {@code hlt} command line: score a form, list the instruments, score a CSV batch.
 *
 * <p>Built with picocli. Every command has {@code --help} with an example; output is in English or Swedish
 * ({@code --lang}); texts come from the {@code messages} resource bundles; exit codes are in {@link
 * se.hlt.assessment.cli.ExitCodes}.
 */
package se.hlt.assessment.cli;
