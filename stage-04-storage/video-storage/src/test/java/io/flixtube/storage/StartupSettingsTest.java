package io.flixtube.storage;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

import io.flixtube.common.StartupException;
import io.helidon.config.Config;
import io.helidon.config.ConfigSources;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * How the service chooses and checks its storage backend at start, and how it fails when a
 * setting is unusable. Nothing here connects to Blob Storage.
 */
class StartupSettingsTest {

    /** The well-known development account of Azurite, public in its documentation. */
    static final String AZURITE_KEY =
            "Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==";

    @Test
    void defaultBackendIsDiskFolder() {
        VideoStorage storage = StorageBackends.create(Config.create());
        assertInstanceOf(DiskVideoStorage.class, storage);
        assertEquals(VideoFolder.SAMPLE.getParent().toString(), storage.location());
    }

    @Test
    void missingFolderStopsStart(@TempDir Path folder) {
        Path missing = folder.resolve("nothing");
        StartupException failure = assertThrows(StartupException.class,
                () -> StorageBackends.create(config(Map.of("app.storage.directory", missing.toString()))));
        assertTrue(failure.getMessage().contains("APP_STORAGE_DIRECTORY"), failure.getMessage());
        assertTrue(failure.getMessage().contains(missing.toString()), failure.getMessage());
    }

    @Test
    void fileInsteadOfFolderStopsStart(@TempDir Path folder) throws Exception {
        Path file = Files.writeString(folder.resolve("file.mp4"), "x");
        StartupException failure = assertThrows(StartupException.class,
                () -> StorageBackends.create(config(Map.of("app.storage.directory", file.toString()))));
        assertTrue(failure.getMessage().contains("APP_STORAGE_DIRECTORY"), failure.getMessage());
    }

    @Test
    void unknownBackendStopsStart() {
        StartupException failure = assertThrows(StartupException.class,
                () -> StorageBackends.create(config(Map.of("app.storage.backend", "s3"))));
        assertTrue(failure.getMessage().contains("'s3'"), failure.getMessage());
        assertTrue(failure.getMessage().contains("APP_STORAGE_BACKEND"), failure.getMessage());
        assertTrue(failure.getMessage().contains("disk or azure"), failure.getMessage());
    }

    @Test
    void azureWithoutAccountStopsStart() {
        StartupException failure = assertThrows(StartupException.class,
                () -> StorageBackends.create(config(Map.of("app.storage.backend", "azure"))));
        assertTrue(failure.getMessage().contains("APP_STORAGE_AZURE_CONNECTION_STRING"),
                failure.getMessage());
        assertTrue(failure.getMessage().contains("APP_STORAGE_AZURE_ACCOUNT_KEY"),
                failure.getMessage());
    }

    @Test
    void malformedConnectionStringHidesKey() {
        StartupException failure = assertThrows(StartupException.class,
                () -> StorageBackends.create(config(Map.of("app.storage.backend", "azure",
                        "app.storage.azure.connection-string", "AccountKey=" + AZURITE_KEY))));
        assertTrue(failure.getMessage().contains("APP_STORAGE_AZURE_CONNECTION_STRING"),
                failure.getMessage());
        assertFalse(failure.getMessage().contains(AZURITE_KEY), failure.getMessage());
    }

    @Test
    void connectionStringNamesTheContainer() {
        VideoStorage storage = StorageBackends.create(config(Map.of("app.storage.backend", "azure",
                "app.storage.azure.connection-string", connectionString("127.0.0.1:1"))));
        assertInstanceOf(AzureVideoStorage.class, storage);
        assertEquals("http://127.0.0.1:1/devstoreaccount1/videos", storage.location());
    }

    @Test
    void accountNameAndKeyUseTheEndpoint() {
        VideoStorage storage = StorageBackends.create(config(Map.of("app.storage.backend", "azure",
                "app.storage.azure.account-name", "devstoreaccount1",
                "app.storage.azure.account-key", AZURITE_KEY,
                "app.storage.azure.endpoint", "http://127.0.0.1:1/devstoreaccount1")));
        assertEquals("http://127.0.0.1:1/devstoreaccount1/videos", storage.location());
    }

    @Test
    void accountWithoutEndpointUsesAzure() {
        VideoStorage storage = StorageBackends.create(config(Map.of("app.storage.backend", "azure",
                "app.storage.azure.account-name", "flixtube",
                "app.storage.azure.account-key", AZURITE_KEY)));
        assertEquals("https://flixtube.blob.core.windows.net/videos", storage.location());
    }

    @Test
    void unreachableAzureIsNotReady() {
        VideoStorage storage = StorageBackends.create(config(Map.of("app.storage.backend", "azure",
                "app.storage.azure.connection-string", connectionString("127.0.0.1:1"))));
        assertFalse(storage.isReady());
    }

    @Test
    void missingSeedFolderStopsStart(@TempDir Path folder) {
        Path missing = folder.resolve("nothing");
        StartupException failure = assertThrows(StartupException.class,
                () -> StorageBackends.create(config(Map.of("app.storage.backend", "azure",
                        "app.storage.azure.connection-string", connectionString("127.0.0.1:1"),
                        "app.storage.seed-directory", missing.toString()))));
        assertTrue(failure.getMessage().contains("APP_STORAGE_SEED_DIRECTORY"), failure.getMessage());
        assertTrue(failure.getMessage().contains(missing.toString()), failure.getMessage());
    }

    @Test
    void seedListsOnlyFilesWithValidIds(@TempDir Path folder) throws Exception {
        Files.writeString(folder.resolve("b.mp4"), "b");
        Files.writeString(folder.resolve("a.webm"), "a");
        Files.writeString(folder.resolve(".hidden.mp4"), "hidden");
        Files.writeString(folder.resolve("with space.mp4"), "space");
        Files.createDirectory(folder.resolve("inner"));
        assertEquals(java.util.List.of(folder.resolve("a.webm"), folder.resolve("b.mp4")),
                new VideoSeed(folder).files());
    }

    /** Returns a connection string for Azurite's development account at a host and port. */
    static String connectionString(String hostAndPort) {
        return "DefaultEndpointsProtocol=http;AccountName=devstoreaccount1;AccountKey=" + AZURITE_KEY
                + ";BlobEndpoint=http://" + hostAndPort + "/devstoreaccount1;";
    }

    // application.yaml's defaults, with some settings replaced.
    private static Config config(Map<String, String> settings) {
        return Config.builder()
                .addSource(ConfigSources.create(new HashMap<>(settings)))
                .addSource(ConfigSources.classpath("application.yaml"))
                .disableEnvironmentVariablesSource()
                .disableSystemPropertiesSource()
                .build();
    }
}
