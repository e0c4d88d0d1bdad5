package io.flixtube.streaming;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;

import io.flixtube.testing.FlixtubeProcess;
import io.flixtube.testing.Repository;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Runs {@code ./flixtube up stage-04-storage} as a user does: the MongoDB stand-in and both
 * services start, a fixture video streams by its id, and Ctrl-C stops all three processes.
 */
class FlixtubeUpIT {

    private static final Duration START_TIMEOUT = Duration.ofSeconds(180);
    // The fixture video whose videoPath is sample.mp4, from fixtures/videos.json.
    private static final String SAMPLE_ID = "65a1f0c2e4b0a1b2c3d4e501";

    @Test
    void upStreamsFixtureVideoById() throws Exception {
        byte[] sample = Files.readAllBytes(Repository.root().resolve("videos/sample.mp4"));
        try (FlixtubeProcess up = FlixtubeProcess.start("up", "stage-04-storage")) {
            URI url = up.awaitUrl(START_TIMEOUT);
            assertEquals("http://localhost:4001", url.toString());

            HttpResponse<byte[]> range = HttpClient.newHttpClient().send(
                    HttpRequest.newBuilder(url.resolve("/video?id=" + SAMPLE_ID))
                            .header("Range", "bytes=100-199").build(),
                    HttpResponse.BodyHandlers.ofByteArray());
            assertEquals(206, range.statusCode());
            assertEquals("bytes 100-199/" + sample.length,
                    range.headers().firstValue("Content-Range").orElseThrow());
            assertArrayEquals(Arrays.copyOfRange(sample, 100, 200), range.body());

            List<ProcessHandle> services = up.descendants();
            assertEquals(3, services.size(), "expected the stand-in and two services: " + up.output());
            up.interrupt();
            assertTrue(up.awaitExit(Duration.ofSeconds(30)) >= 0, "launcher still running: " + up.output());
            for (ProcessHandle service : services) {
                service.onExit().get(10, TimeUnit.SECONDS);
                assertFalse(service.isAlive(), "process " + service.pid() + " outlived the launcher");
            }
            assertTrue(up.output().stream().anyMatch(line -> line.startsWith("mongodb | ")),
                    "no mongodb log line in " + up.output());
        }
    }
}
