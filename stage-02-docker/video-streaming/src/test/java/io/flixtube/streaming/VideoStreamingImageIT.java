package io.flixtube.streaming;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import static io.flixtube.streaming.Docker.docker;
import static io.flixtube.streaming.Docker.tryDocker;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Builds the stage's image with {@code scripts/build-image.sh}, runs it as a learner does, and
 * checks what the Dockerfile promises: the video over HTTP, a health check, a non-root user and
 * a clean stop.
 */
@Tag("containers")
class VideoStreamingImageIT {

    /** A cold build downloads the service's libraries; a warm one takes seconds. */
    private static final Duration BUILD_TIMEOUT = Duration.ofMinutes(10);

    private static final HttpClient HTTP = HttpClient.newBuilder()
            .connectTimeout(Duration.ofSeconds(5))
            .build();

    private static String image;
    private static ServiceContainer service;

    @BeforeAll
    @Timeout(value = 11, unit = TimeUnit.MINUTES)
    static void buildAndStart() throws InterruptedException {
        String name = Docker.uniqueName();
        image = Docker.script("build-image.sh", Map.of("IMAGE_NAME", name, "VERSION", "test"),
                BUILD_TIMEOUT).lastLine();
        assertEquals(name + ":test", image);
        service = ServiceContainer.start(image);
        service.awaitHealthy();
    }

    @AfterAll
    static void removeContainerAndImage() {
        if (service != null) {
            service.close();
        }
        if (image != null) {
            tryDocker("image", "rm", image);
        }
    }

    @Test
    void wholeVideoHasFullLength() throws IOException, InterruptedException {
        HttpResponse<byte[]> response = get("/video", null);
        assertEquals(200, response.statusCode());
        assertEquals(String.valueOf(SampleVideo.size()),
                response.headers().firstValue("Content-Length").orElse(null));
        assertArrayEquals(SampleVideo.bytes(), response.body());
    }

    @Test
    void rangeRequestReturnsPartialContent() throws IOException, InterruptedException {
        HttpResponse<byte[]> response = get("/video", "bytes=1000-1999");
        assertEquals(206, response.statusCode());
        assertEquals("bytes 1000-1999/" + SampleVideo.size(),
                response.headers().firstValue("Content-Range").orElse(null));
        assertArrayEquals(SampleVideo.bytes(1000, 1999), response.body());
    }

    @Test
    void healthCheckReportsReadiness() {
        assertEquals("healthy", service.inspect("{{.State.Health.Status}}"));
        String log = service.inspect("{{range .State.Health.Log}}{{.Output}}{{end}}");
        assertTrue(log.contains("Healthy: http://127.0.0.1:8080/observe/health/ready returned 200"), log);
    }

    @Test
    void healthCheckFollowsServerPort() throws InterruptedException {
        try (ServiceContainer moved = ServiceContainer.startOnPort(image, 9090)) {
            moved.awaitHealthy();
            String log = moved.inspect("{{range .State.Health.Log}}{{.Output}}{{end}}");
            assertTrue(log.contains("Healthy: http://127.0.0.1:9090/observe/health/ready"), log);
        }
    }

    @Test
    void serviceRunsAsNonRootUser() {
        // Process 1 is the service itself, because the ENTRYPOINT uses the exec form.
        assertTrue(docker("exec", service.name, "cat", "/proc/1/cmdline").stdout().startsWith("java"),
                "process 1 is not java");
        String status = docker("exec", service.name, "cat", "/proc/1/status").stdout();
        String uids = status.lines()
                .filter(line -> line.startsWith("Uid:"))
                .findFirst()
                .orElseThrow();
        for (String uid : uids.substring("Uid:".length()).strip().split("\\s+")) {
            assertNotEquals("0", uid, uids);
        }
        assertEquals("flixtube", service.inspect("{{.Config.User}}"));
    }

    @Test
    void serviceStartsFromAotCache() {
        // The JVM maps the cache file into memory when it uses it, and ignores it when it cannot.
        String maps = docker("exec", service.name, "cat", "/proc/1/maps").stdout();
        assertTrue(maps.contains("/app/video-streaming.aot"), "/app/video-streaming.aot is not mapped");
    }

    @Test
    void dockerStopEndsServiceWithinTenSeconds() throws InterruptedException {
        try (ServiceContainer stopped = ServiceContainer.start(image)) {
            stopped.awaitHealthy();
            long start = System.nanoTime();
            docker("stop", stopped.name);
            Duration stopTime = Duration.ofNanos(System.nanoTime() - start);
            assertTrue(stopTime.compareTo(Duration.ofSeconds(10)) < 0, "docker stop took " + stopTime);
            // 143 = 128 + SIGTERM: the JVM ran its shutdown hooks. Docker's SIGKILL would give 137.
            assertEquals("143", stopped.inspect("{{.State.ExitCode}}"), stopped.diagnostics());
        }
    }

    private static HttpResponse<byte[]> get(String path, String range)
            throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(service.baseUrl() + path))
                .timeout(Duration.ofSeconds(10));
        if (range != null) {
            request.header("Range", range);
        }
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
    }
}
