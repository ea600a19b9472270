package se.hlt.assessment.data;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.core.Version;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Every Jackson artifact on the class path is of one version, the BOM's ({@code jackson.version} in the parent
 * POM): JSON Schema validation brings the YAML module at a version of its own, and a module of another minor
 * version than databind fails at run time, not at build time. Run with {@code -Pspring-boot-3-jackson} it checks
 * the same for the version Spring Boot 3's dependency management chooses.
 */
class JacksonVersionsTest {

    private static final List<String> MODULES = List.of(
            "com.fasterxml.jackson.core.json.PackageVersion",
            "com.fasterxml.jackson.databind.cfg.PackageVersion",
            "com.fasterxml.jackson.datatype.jdk8.PackageVersion",
            "com.fasterxml.jackson.dataformat.yaml.PackageVersion");

    @Test
    void everyJacksonModuleIsOfTheBomsVersion() throws ReflectiveOperationException {
        String expected = System.getProperty("hlt.jackson.version", "");
        Version databind = com.fasterxml.jackson.databind.cfg.PackageVersion.VERSION;
        if (!expected.isEmpty()) {
            assertEquals(expected, databind.toString(), "databind is the version the build asked for");
        }
        for (String module : MODULES) {
            Version v = (Version) Class.forName(module).getField("VERSION").get(null);
            assertEquals(databind.toString(), v.toString(), module);
        }
    }
}
