package io.flixtube.streaming;

import java.util.Map;

import io.flixtube.common.StartupException;
import io.helidon.config.Config;
import io.helidon.config.ConfigSources;
import io.helidon.webclient.http1.Http1Client;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * How the service finds video-storage at start, and how it fails when the address is invalid.
 */
class StartupSettingsTest {

    @Test
    void defaultAddressIsLocalhost4005() {
        Http1Client client = Main.videoStorageClient(Config.create());
        assertEquals("http://localhost:4005/",
                client.prototype().baseUri().orElseThrow().toUri().toString());
    }

    @Test
    void hostAndPortComeFromSettings() {
        Http1Client client = Main.videoStorageClient(config("video-storage", "8080"));
        assertEquals("http://video-storage:8080/",
                client.prototype().baseUri().orElseThrow().toUri().toString());
    }

    @Test
    void invalidPortStopsStartWithTheSettingName() {
        StartupException failure = assertThrows(StartupException.class,
                () -> Main.videoStorageClient(config("video-storage", "eighty")));
        assertTrue(failure.getMessage().contains("APP_VIDEO_STORAGE_PORT"), failure.getMessage());
        assertTrue(failure.getMessage().contains("eighty"), failure.getMessage());
    }

    @Test
    void blankHostStopsStartWithTheSettingName() {
        StartupException failure = assertThrows(StartupException.class,
                () -> Main.videoStorageClient(config(" ", "8080")));
        assertTrue(failure.getMessage().contains("APP_VIDEO_STORAGE_HOST"), failure.getMessage());
    }

    private static Config config(String host, String port) {
        return Config.just(ConfigSources.create(Map.of(
                "app.video-storage.host", host,
                "app.video-storage.port", port)));
    }
}
