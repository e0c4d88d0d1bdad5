package io.flixtube.streaming;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import io.flixtube.common.Settings;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Starts the packaged jar with a video path that does not exist: the process must stop at once
 * with status 1 and a log line that names the setting.
 */
class StartFailureIT {

    @Test
    void missingVideoStopsJar(@TempDir Path folder) throws Exception {
        Path jar = Settings.installDirectory(Main.class).resolve("stage-01-single-service-video-streaming.jar");
        Path java = Path.of(ProcessHandle.current().info().command().orElseThrow());
        ProcessBuilder builder = new ProcessBuilder(java.toString(), "-jar", jar.toString())
                .redirectErrorStream(true);
        builder.environment().put("APP_VIDEO_PATH", folder.resolve("missing.mp4").toString());
        builder.environment().put("SERVER_PORT", "0");
        Process failing = builder.start();

        assertTrue(failing.waitFor(30, TimeUnit.SECONDS), "the service did not stop");
        String output = read(failing);
        assertEquals(1, failing.exitValue(), output);
        assertTrue(output.contains("APP_VIDEO_PATH"), output);
        assertTrue(output.contains("missing.mp4"), output);
    }

    private static String read(Process process) throws IOException {
        return new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    }
}
