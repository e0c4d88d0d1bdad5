package io.flixtube.standin.mongo;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Checks how environment variables become settings, and the messages for unusable values.
 */
class StandinSettingsTest {

    @TempDir
    Path folder;

    @Test
    void unsetVariablesGiveDefaults() {
        StandinSettings settings = StandinSettings.fromEnvironment(Map.of(), folder);

        assertEquals("0.0.0.0", settings.host());
        assertEquals(27017, settings.port());
        assertEquals(Path.of("/data/db/mongo-standin.mv.db"), settings.dataFile());
    }

    @Test
    void variablesOverrideDefaults() {
        StandinSettings settings = StandinSettings.fromEnvironment(Map.of(
                "MONGO_HOST", "127.0.0.1",
                "MONGO_PORT", "27018",
                "MONGO_DATA_FILE", "/tmp/other.mv.db"), folder);

        assertEquals("127.0.0.1", settings.host());
        assertEquals(27018, settings.port());
        assertEquals(Path.of("/tmp/other.mv.db"), settings.dataFile());
    }

    @Test
    void relativeDataFileResolvesAgainstJarFolder() {
        StandinSettings settings = StandinSettings.fromEnvironment(
                Map.of("MONGO_DATA_FILE", "data/mongo.mv.db"), folder);

        assertEquals(folder.resolve("data/mongo.mv.db"), settings.dataFile());
    }

    @Test
    void invalidPortNamesVariable() {
        for (String port : new String[] {"abc", "-1", "65536"}) {
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                    () -> StandinSettings.fromEnvironment(Map.of("MONGO_PORT", port), folder));

            assertTrue(e.getMessage().contains("MONGO_PORT '" + port + "'"), e.getMessage());
        }
    }

    @Test
    void missingDataFolderNamesVariable() {
        StandinSettings settings = new StandinSettings("127.0.0.1", 0,
                folder.resolve("absent/mongo.mv.db"));

        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                settings::checkDataFile);

        assertTrue(e.getMessage().contains("MONGO_DATA_FILE"), e.getMessage());
        assertTrue(e.getMessage().contains(folder.resolve("absent").toString()), e.getMessage());
    }

    @Test
    void dataFileThatIsFolderNamesVariable() throws Exception {
        Path dataFile = Files.createDirectory(folder.resolve("mongo.mv.db"));
        StandinSettings settings = new StandinSettings("127.0.0.1", 0, dataFile);

        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                settings::checkDataFile);

        assertTrue(e.getMessage().startsWith("MONGO_DATA_FILE names a folder"), e.getMessage());
    }

    @Test
    void dataFileInWritableFolderPasses() {
        StandinSettings settings = new StandinSettings("127.0.0.1", 0, folder.resolve("ok.mv.db"));

        assertDoesNotThrow(settings::checkDataFile);
    }
}
