package se.hlt.assessment.cli;

import picocli.CommandLine.IVersionProvider;

/** Prints the version from the jar's manifest (or "development" when run from classes). */
final class Version implements IVersionProvider {

    @Override
    public String[] getVersion() {
        String v = Hlt.class.getPackage().getImplementationVersion();
        return new String[] {"hlt-assessment " + (v == null ? "development" : v)};
    }
}
