package io.flixtube.streaming;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Brings up the stage's compose.yaml (MongoDB, Azurite and both services) and waits until all
 * are healthy. Then it streams the fixture videos by id through video-streaming, whole and as a
 * range, and compares the bytes with the source files. The project and its volumes are removed
 * at the end.
 */
@Tag("containers")
@Timeout(value = 15, unit = java.util.concurrent.TimeUnit.MINUTES)
class ComposeIT {

    private static final Path COMPOSE_FILE = Path.of("../compose.yaml").toAbsolutePath().normalize();

    // Host ports of 0 let Docker choose free ones, so parallel runs do not collide.
    private static final ComposeProject PROJECT = new ComposeProject(COMPOSE_FILE,
            "flixtube-stage04-it-" + ProcessHandle.current().pid(),
            Map.of("FLIXTUBE_STREAMING_PORT", "0", "FLIXTUBE_STORAGE_PORT", "0",
                    "FLIXTUBE_MONGO_PORT", "0"));

    private static final Path SECOND = Path.of("../../videos/second.webm").toAbsolutePath().normalize();

    private static final HttpClient HTTP = HttpClient.newBuilder()
            .connectTimeout(Duration.ofSeconds(5))
            .build();

    private static String streaming;

    @BeforeAll
    static void up() throws IOException, InterruptedException {
        // The upstream images cannot be pulled on machines without a registry.
        for (String variable : List.of("FLIXTUBE_MONGO_IMAGE", "FLIXTUBE_AZURITE_IMAGE")) {
            String image = System.getenv(variable);
            if (image == null || image.isBlank()) {
                throw new IllegalStateException(variable + " is not set: run"
                        + " eval \"$(.ci/containers)\" first, which builds the local images.");
            }
        }
        PROJECT.run(Duration.ofMinutes(12), "up", "-d", "--build", "--wait", "--wait-timeout", "180");
        streaming = PROJECT.address("video-streaming", 8080);
    }

    @AfterAll
    static void down() throws IOException, InterruptedException {
        PROJECT.run(Duration.ofMinutes(2), "down", "-v", "--remove-orphans");
    }

    @Test
    void wholeVideoMatchesTheSourceFile() throws IOException, InterruptedException {
        HttpResponse<byte[]> response = get(TestVideos.SAMPLE_ID, null);
        assertEquals(200, response.statusCode());
        assertEquals("video/mp4", response.headers().firstValue("Content-Type").orElseThrow());
        assertEquals("bytes", response.headers().firstValue("Accept-Ranges").orElseThrow());
        assertArrayEquals(FakeVideoStorage.bytes(), response.body());
    }

    @Test
    void rangeMatchesTheSourceBytes() throws IOException, InterruptedException {
        byte[] source = FakeVideoStorage.bytes();
        long first = source.length - 1000;
        HttpResponse<byte[]> response = get(TestVideos.SAMPLE_ID, "bytes=" + first + "-");
        assertEquals(206, response.statusCode());
        assertEquals("bytes " + first + "-" + (source.length - 1) + "/" + source.length,
                response.headers().firstValue("Content-Range").orElseThrow());
        assertEquals("1000", response.headers().firstValue("Content-Length").orElseThrow());
        assertArrayEquals(Arrays.copyOfRange(source, (int) first, source.length), response.body());
    }

    @Test
    void secondFixtureVideoMatchesItsFile() throws IOException, InterruptedException {
        HttpResponse<byte[]> response = get(TestVideos.SECOND_ID, null);
        assertEquals(200, response.statusCode());
        assertEquals("video/webm", response.headers().firstValue("Content-Type").orElseThrow());
        assertArrayEquals(Files.readAllBytes(SECOND), response.body());
    }

    @Test
    void unknownIdReturns404() throws IOException, InterruptedException {
        assertEquals(404, get(TestVideos.UNKNOWN_ID, null).statusCode());
    }

    @Test
    void malformedIdReturns400() throws IOException, InterruptedException {
        assertEquals(400, get("sample.mp4", null).statusCode());
    }

    @Test
    void rangePastTheEndReturns416() throws IOException, InterruptedException {
        long size = FakeVideoStorage.bytes().length;
        assertEquals(416, get(TestVideos.SAMPLE_ID, "bytes=" + size + "-").statusCode());
    }

    private static HttpResponse<byte[]> get(String id, String range)
            throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(
                URI.create("http://" + streaming + "/video?id=" + id));
        if (range != null) {
            request.header("Range", range);
        }
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
    }
}
