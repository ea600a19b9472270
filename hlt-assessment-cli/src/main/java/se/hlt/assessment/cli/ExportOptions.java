package se.hlt.assessment.cli;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Option;
import se.hlt.assessment.csv.ExportConventions;
import se.hlt.assessment.csv.OutputEncoding;
import se.hlt.assessment.instrument.Sex;

/**
 * The options of the commands that read a researcher's export ({@code batch sdq}, {@code batch ors},
 * {@code compare}) about how it is written where it differs from this tool's names: a column for a role, the sex
 * codes, and the encoding of the files written.
 */
final class ExportOptions {

    /** The roles {@code --column} may name. */
    static final Set<String> ROLES = Set.of("age", "sex", "timepoint", "date", "client", "episode", "session",
            "instrument", "rater");

    @Option(names = "--column", paramLabel = "ROLE=NAME", converter = {RoleConverter.class, TextConverter.class},
            description = "The column that holds a role, when the export names it otherwise: age, sex, timepoint, "
                    + "date (and for sessions client, episode, session, instrument, rater), e.g. --column "
                    + "age=ålder_år. Repeatable. Swedish names (ålder, kön, tidpunkt, datum) are known already.")
    Map<String, String> columns = new LinkedHashMap<>();

    @Option(names = "--sex-codes", paramLabel = "CODE=SEX", split = ",", converter = {TextConverter.class,
            SexConverter.class},
            description = "What the sex column's codes mean, e.g. --sex-codes 1=boy,2=girl (as Swedish registers "
                    + "code them). f/m, k/p, flicka/pojke, girl/boy are read without it.")
    Map<String, Sex> sexCodes = new LinkedHashMap<>();

    @Option(names = "--output-encoding", paramLabel = "input|utf-8", defaultValue = "input",
            converter = OutputEncodingConverter.class,
            description = "The encoding of the files written: input (default: the input's, UTF-8 or Windows-1252, "
                    + "so that the spreadsheet that saved it opens them alike) or utf-8.")
    OutputEncoding outputEncoding;

    /** The conventions the options give; a role not known is refused as a wrong command line. */
    ExportConventions conventions() {
        ExportConventions export = ExportConventions.defaults().withOutputEncoding(outputEncoding);
        for (Map.Entry<String, String> column : columns.entrySet()) {
            export = export.withColumn(column.getKey(), column.getValue());
        }
        for (Map.Entry<String, Sex> code : sexCodes.entrySet()) {
            export = export.withSexCode(code.getKey(), code.getValue());
        }
        return export;
    }

    /** Whether a sex column or its codes were given: a command whose forms have no sex says that it is unused. */
    boolean givesSex() {
        return !sexCodes.isEmpty() || columns.containsKey("sex");
    }

    /** The encoding the files are written in, for inputs read in {@code read}: the first's, or UTF-8 if asked. */
    se.hlt.assessment.csv.TextEncoding written(java.util.List<se.hlt.assessment.csv.TextEncoding> read) {
        return outputEncoding == OutputEncoding.UTF_8 ? se.hlt.assessment.csv.TextEncoding.UTF_8 : read.get(0);
    }

    /** Reads a role of {@code --column}: one of {@link #ROLES}. */
    static final class RoleConverter implements ITypeConverter<String> {
        @Override
        public String convert(String value) {
            String role = value.trim().toLowerCase(java.util.Locale.ROOT);
            if (!ROLES.contains(role)) {
                throw ValueExpected.of(String.join("|", new java.util.TreeSet<>(ROLES)), value);
            }
            return role;
        }
    }

    /** Reads text as it is written. */
    static final class TextConverter implements ITypeConverter<String> {
        @Override
        public String convert(String value) {
            return value;
        }
    }

    /** Reads {@code --output-encoding}. */
    static final class OutputEncodingConverter implements ITypeConverter<OutputEncoding> {
        @Override
        public OutputEncoding convert(String value) {
            return OutputEncoding.fromText(value)
                    .orElseThrow(() -> ValueExpected.of("input|utf-8", value));
        }
    }
}
