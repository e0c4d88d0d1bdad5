package io.flixtube.streaming;

import java.util.Map;

import com.mongodb.client.MongoClient;

import io.flixtube.common.StartupException;
import io.helidon.config.Config;
import io.helidon.config.ConfigSources;
import io.helidon.webclient.http1.Http1Client;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * How the service finds video-storage, MongoDB and its fixtures at start, and how it fails
 * when a setting is invalid.
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

    @Test
    void defaultMongoIsLocalhostDatabaseVideoStreaming() {
        MongoConnection mongo = MongoConnection.create(Config.create().get("app.mongodb"));
        try (MongoClient client = mongo.client()) {
            assertEquals("localhost:27017", mongo.hosts());
            assertEquals("video-streaming", mongo.database().getName());
            assertEquals("videos", mongo.videos().getNamespace().getCollectionName());
        }
    }

    @Test
    void invalidMongoUriStopsStart() {
        StartupException failure = assertThrows(StartupException.class,
                () -> MongoConnection.create(Config.just(ConfigSources.create(Map.of(
                        "uri", "http://user:secret@localhost",
                        "database", "video-streaming",
                        "server-selection-timeout", "PT2S")))));
        assertTrue(failure.getMessage().contains("APP_MONGODB_URI"), failure.getMessage());
        assertFalse(failure.getMessage().contains("secret"), failure.getMessage());
    }

    @Test
    void noFixtureFileByDefault() {
        assertTrue(Main.fixtures(Config.create(), TestVideos.mongo()).isEmpty());
    }

    @Test
    void missingFixtureFileStopsStart() {
        StartupException failure = assertThrows(StartupException.class,
                () -> Main.fixtures(Config.just(ConfigSources.create(Map.of(
                        "app.fixtures.file", "/nonexistent/videos.json"))), TestVideos.mongo()));
        assertTrue(failure.getMessage().contains("APP_FIXTURES_FILE"), failure.getMessage());
        assertTrue(failure.getMessage().contains("/nonexistent/videos.json"), failure.getMessage());
    }

    @Test
    void fixtureFileResolvesBesideTheJar() {
        assertTrue(Main.fixtures(Config.just(ConfigSources.create(Map.of(
                "app.fixtures.file", "fixtures/videos.json"))), TestVideos.mongo()).isPresent());
    }

    private static Config config(String host, String port) {
        return Config.just(ConfigSources.create(Map.of(
                "app.video-storage.host", host,
                "app.video-storage.port", port)));
    }
}
