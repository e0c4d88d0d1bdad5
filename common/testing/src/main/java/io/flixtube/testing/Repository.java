package io.flixtube.testing;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Locates the repository root from a test's working directory, which Maven sets to the module.
 */
public final class Repository {

    private Repository() {
    }

    /**
     * Returns the nearest folder at or above the working directory that contains the
     * {@code flixtube} launcher script.
     *
     * @throws IllegalStateException when no such folder exists
     */
    public static Path root() {
        Path folder = Path.of("").toAbsolutePath();
        while (folder != null) {
            if (Files.isRegularFile(folder.resolve("flixtube")) && Files.isRegularFile(folder.resolve("pom.xml"))) {
                return folder;
            }
            folder = folder.getParent();
        }
        throw new IllegalStateException("No flixtube script above " + Path.of("").toAbsolutePath());
    }
}
