package io.flixtube.storage;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import io.flixtube.common.StartupException;
import io.helidon.config.Config;
import io.helidon.config.ConfigSources;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * How the service finds its video folder at start, and how it fails when the folder is not
 * there.
 */
class StartupSettingsTest {

    @Test
    void defaultFolderResolvesBesideTheClasses() {
        VideoStorage storage = Main.storage(Config.create());
        assertEquals(VideoFolder.SAMPLE.getParent().toString(), storage.location());
    }

    @Test
    void missingFolderStopsStartWithTheSettingName(@TempDir Path folder) {
        Path missing = folder.resolve("nothing");
        StartupException failure = assertThrows(StartupException.class,
                () -> Main.storage(config(missing.toString())));
        assertTrue(failure.getMessage().contains("APP_STORAGE_DIRECTORY"), failure.getMessage());
        assertTrue(failure.getMessage().contains(missing.toString()), failure.getMessage());
    }

    @Test
    void fileInsteadOfFolderStopsStart(@TempDir Path folder) throws Exception {
        Path file = Files.writeString(folder.resolve("file.mp4"), "x");
        StartupException failure = assertThrows(StartupException.class,
                () -> Main.storage(config(file.toString())));
        assertTrue(failure.getMessage().contains("APP_STORAGE_DIRECTORY"), failure.getMessage());
    }

    private static Config config(String directory) {
        return Config.just(ConfigSources.create(Map.of("app.storage.directory", directory)));
    }
}
