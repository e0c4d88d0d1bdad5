package io.flixtube.streaming;

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
 * How the service finds its video at start, and how it fails when the video is not there.
 */
class StartupSettingsTest {

    @Test
    void defaultPathResolvesBesideTheClasses() {
        Path video = Main.videoFile(Config.create());
        assertEquals(SampleVideo.PATH, video);
    }

    @Test
    void missingFileStopsStartWithTheSettingName(@TempDir Path folder) {
        Path missing = folder.resolve("nothing.mp4");
        StartupException failure = assertThrows(StartupException.class,
                () -> Main.videoFile(config(missing.toString())));
        assertTrue(failure.getMessage().contains("APP_VIDEO_PATH"), failure.getMessage());
        assertTrue(failure.getMessage().contains(missing.toString()), failure.getMessage());
    }

    @Test
    void folderInsteadOfFileStopsStart(@TempDir Path folder) {
        StartupException failure = assertThrows(StartupException.class,
                () -> Main.videoFile(config(folder.toString())));
        assertTrue(failure.getMessage().contains("APP_VIDEO_PATH"), failure.getMessage());
    }

    @Test
    void blankSettingStopsStartWithTheSettingName() {
        StartupException failure = assertThrows(StartupException.class,
                () -> Main.videoFile(config(" ")));
        assertTrue(failure.getMessage().contains("APP_VIDEO_PATH"), failure.getMessage());
    }

    private static Config config(String videoPath) {
        return Config.just(ConfigSources.create(Map.of("app.video.path", videoPath)));
    }
}
