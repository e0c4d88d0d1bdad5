package io.flixtube.common;

import java.nio.file.Path;
import java.util.Map;

import io.helidon.config.Config;
import io.helidon.config.ConfigSources;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SettingsTest {

    @Test
    void environmentVariableNameFollowsHelidonMapping() {
        assertEquals("APP_VIDEO_PATH", Settings.environmentVariable("app.video.path"));
        assertEquals("APP_STORAGE_BASE_URL", Settings.environmentVariable("app.storage.base-url"));
    }

    @Test
    void missingSettingNamesKeyAndVariable() {
        StartupException failure = assertThrows(StartupException.class,
                () -> Settings.required(Config.empty(), "app.storage.host"));
        assertTrue(failure.getMessage().contains("app.storage.host"), failure.getMessage());
        assertTrue(failure.getMessage().contains("APP_STORAGE_HOST"), failure.getMessage());
    }

    @Test
    void relativePathResolvesAgainstTheClassesFolder() {
        Config config = Config.just(ConfigSources.create(Map.of("app.file", "videos/a.mp4")));
        Path expected = Settings.installDirectory(SettingsTest.class).resolve("videos/a.mp4");
        assertEquals(expected, Settings.path(config, "app.file", SettingsTest.class));
    }

    @Test
    void absolutePathIsKept() {
        Config config = Config.just(ConfigSources.create(Map.of("app.file", "/srv/videos/a.mp4")));
        assertEquals(Path.of("/srv/videos/a.mp4"), Settings.path(config, "app.file", SettingsTest.class));
    }

    @Test
    void validServerPortIsAccepted() {
        for (String port : new String[] {"0", "8080", "65535"}) {
            Config config = Config.just(ConfigSources.create(Map.of("server.port", port)));
            assertEquals(port, Settings.server(config).get("port").asString().get());
        }
    }

    @Test
    void invalidServerPortNamesTheVariable() {
        for (String port : new String[] {"abc", "-1", "70000", ""}) {
            Config config = Config.just(ConfigSources.create(Map.of("server.port", port)));
            StartupException failure = assertThrows(StartupException.class, () -> Settings.server(config));
            assertTrue(failure.getMessage().contains("SERVER_PORT"), failure.getMessage());
        }
    }
}
