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
 * Runs {@code ./flixtube up stage-03-compose} as a user does: both services start, the video
 * streams through video-streaming from video-storage, and Ctrl-C stops both.
 */
class FlixtubeUpIT {

    private static final Duration START_TIMEOUT = Duration.ofSeconds(180);

    @Test
    void upStreamsThroughBothServices() throws Exception {
        byte[] sample = Files.readAllBytes(Repository.root().resolve("videos/sample.mp4"));
        try (FlixtubeProcess up = FlixtubeProcess.start("up", "stage-03-compose")) {
            URI url = up.awaitUrl(START_TIMEOUT);
            assertEquals("http://localhost:4001", url.toString());

            HttpResponse<byte[]> range = HttpClient.newHttpClient().send(
                    HttpRequest.newBuilder(url.resolve("/video?id=sample.mp4"))
                            .header("Range", "bytes=100-199").build(),
                    HttpResponse.BodyHandlers.ofByteArray());
            assertEquals(206, range.statusCode());
            assertEquals("bytes 100-199/" + sample.length,
                    range.headers().firstValue("Content-Range").orElseThrow());
            assertArrayEquals(Arrays.copyOfRange(sample, 100, 200), range.body());

            List<ProcessHandle> services = up.descendants();
            assertEquals(2, services.size(), "expected two service processes: " + up.output());
            up.interrupt();
            assertTrue(up.awaitExit(Duration.ofSeconds(30)) >= 0, "launcher still running: " + up.output());
            for (ProcessHandle service : services) {
                service.onExit().get(10, TimeUnit.SECONDS);
                assertFalse(service.isAlive(), "process " + service.pid() + " outlived the launcher");
            }
            assertTrue(up.output().stream().anyMatch(line -> line.startsWith("video-storage | ")),
                    "no video-storage log line in " + up.output());
        }
    }
}
