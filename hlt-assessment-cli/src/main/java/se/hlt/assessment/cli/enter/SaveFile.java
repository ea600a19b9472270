package se.hlt.assessment.cli.enter;

import java.nio.file.Files;
import java.nio.file.Path;

/** Where an entered form is saved when no file was named: a form already saved is never lost. */
public final class SaveFile {

    private SaveFile() {
    }

    /** {@code name} if it does not exist, else {@code name-2.json}, {@code name-3.json}... the first that does not. */
    public static Path freeName(Path name) {
        String base = name.toString().replaceFirst("\\.json$", "");
        Path candidate = name;
        for (int n = 2; Files.exists(candidate); n++) {
            candidate = Path.of(base + "-" + n + ".json");
        }
        return candidate;
    }
}
