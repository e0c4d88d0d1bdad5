package io.flixtube.streaming;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Brings up the stage's compose.yaml, waits until both services are healthy, and streams the
 * sample video through video-streaming from video-storage, whole and as a range.
 */
@Tag("containers")
@Timeout(value = 15, unit = java.util.concurrent.TimeUnit.MINUTES)
class ComposeIT {

    private static final Path COMPOSE_FILE = Path.of("../compose.yaml").toAbsolutePath().normalize();

    // Host ports of 0 let Docker choose free ones, so parallel runs do not collide.
    private static final ComposeProject PROJECT = new ComposeProject(COMPOSE_FILE,
            "flixtube-stage04-it-" + ProcessHandle.current().pid(),
            Map.of("FLIXTUBE_STREAMING_PORT", "0", "FLIXTUBE_STORAGE_PORT", "0"));

    private static final HttpClient HTTP = HttpClient.newBuilder()
            .connectTimeout(Duration.ofSeconds(5))
            .build();

    private static String streaming;

    @BeforeAll
    static void up() throws IOException, InterruptedException {
        PROJECT.run(Duration.ofMinutes(12), "up", "-d", "--build", "--wait", "--wait-timeout", "180");
        streaming = PROJECT.address("video-streaming", 8080);
    }

    @AfterAll
    static void down() throws IOException, InterruptedException {
        PROJECT.run(Duration.ofMinutes(2), "down", "-v", "--remove-orphans");
    }

    @Test
    void wholeVideoMatchesTheSourceFile() throws IOException, InterruptedException {
        HttpResponse<byte[]> response = get(null);
        assertEquals(200, response.statusCode());
        assertEquals("video/mp4", response.headers().firstValue("Content-Type").orElseThrow());
        assertEquals("bytes", response.headers().firstValue("Accept-Ranges").orElseThrow());
        assertArrayEquals(FakeVideoStorage.bytes(), response.body());
    }

    @Test
    void rangeMatchesTheSourceBytes() throws IOException, InterruptedException {
        byte[] source = FakeVideoStorage.bytes();
        long first = source.length - 1000;
        HttpResponse<byte[]> response = get("bytes=" + first + "-");
        assertEquals(206, response.statusCode());
        assertEquals("bytes " + first + "-" + (source.length - 1) + "/" + source.length,
                response.headers().firstValue("Content-Range").orElseThrow());
        assertEquals("1000", response.headers().firstValue("Content-Length").orElseThrow());
        assertArrayEquals(Arrays.copyOfRange(source, (int) first, source.length), response.body());
    }

    @Test
    void unknownIdReturns404() throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(
                URI.create("http://" + streaming + "/video?id=missing.mp4")).build();
        assertEquals(404, HTTP.send(request, HttpResponse.BodyHandlers.discarding()).statusCode());
    }

    private static HttpResponse<byte[]> get(String range) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(
                URI.create("http://" + streaming + "/video?id=sample.mp4"));
        if (range != null) {
            request.header("Range", range);
        }
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
    }
}
