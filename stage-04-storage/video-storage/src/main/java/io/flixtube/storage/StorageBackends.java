package io.flixtube.storage;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

import io.flixtube.common.Settings;
import io.flixtube.common.StartupException;
import io.helidon.config.Config;

/**
 * Creates the storage backend that {@code app.storage.backend} names: {@code disk} or
 * {@code azure}.
 */
final class StorageBackends {

    private StorageBackends() {
    }

    /**
     * Returns the configured backend, with its settings checked.
     *
     * @throws StartupException naming the setting when one is missing or unusable
     */
    static VideoStorage create(Config config) {
        String backend = Settings.required(config, "app.storage.backend");
        return switch (backend.strip().toLowerCase(Locale.ROOT)) {
            case "disk" -> disk(config);
            case "azure" -> azure(config);
            default -> throw new StartupException("Invalid storage backend '" + backend + "': set "
                    + Settings.environmentVariable("app.storage.backend")
                    + " (app.storage.backend) to disk or azure.");
        };
    }

    /**
     * Returns the disk backend over the folder that {@code app.storage.directory} names.
     *
     * @throws StartupException when the folder is missing or unreadable
     */
    static DiskVideoStorage disk(Config config) {
        Path directory = Settings.path(config, "app.storage.directory", Main.class);
        if (!Files.isDirectory(directory) || !Files.isReadable(directory)) {
            throw new StartupException("Video folder " + directory + " is missing or unreadable:"
                    + " set " + Settings.environmentVariable("app.storage.directory")
                    + " (app.storage.directory) to a readable folder.");
        }
        return new DiskVideoStorage(directory);
    }

    /**
     * Returns the azure backend over the container of {@code app.storage.azure}, with the
     * seed videos of {@code app.storage.seed-directory}. It does not connect yet.
     *
     * @throws StartupException when the account settings or the seed folder are unusable
     */
    static AzureVideoStorage azure(Config config) {
        return new AzureVideoStorage(AzureConnection.container(config.get("app.storage.azure")),
                seed(config));
    }

    private static VideoSeed seed(Config config) {
        String key = "app.storage.seed-directory";
        if (config.get(key).asString().orElse("").isBlank()) {
            return VideoSeed.NONE;
        }
        Path folder = Settings.path(config, key, Main.class);
        if (!Files.isDirectory(folder) || !Files.isReadable(folder)) {
            throw new StartupException("Seed folder " + folder + " is missing or unreadable: set "
                    + Settings.environmentVariable(key) + " (" + key + ") to a readable folder,"
                    + " or leave it empty for no seed videos.");
        }
        return new VideoSeed(folder);
    }
}
