package io.flixtube.storage;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

import com.azure.core.http.HttpPipelineCallContext;
import com.azure.core.http.policy.HttpPipelineSyncPolicy;
import io.helidon.config.Config;
import io.helidon.config.ConfigSources;
import io.helidon.webserver.WebServer;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.testcontainers.containers.GenericContainer;
import org.testcontainers.containers.wait.strategy.Wait;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The azure backend against Azurite in a container, through the HTTP service: seeding, a
 * whole read, a ranged read near the end of a 50 MB blob, HEAD and an unknown blob.
 */
@Tag("containers")
class AzureVideoStorageIT {

    private static final int BLOB_PORT = 10000;
    private static final String BIG_ID = "big.mp4";
    private static final long BIG_SIZE = 50L * 1024 * 1024;

    private static final HttpClient HTTP = HttpClient.newBuilder()
            .connectTimeout(Duration.ofSeconds(5))
            .build();

    // The Range headers of the requests sent to Blob Storage, recorded as each one leaves.
    private static final List<String> SENT_RANGES = new CopyOnWriteArrayList<>();

    private static GenericContainer<?> azurite;
    private static AzureVideoStorage storage;
    private static WebServer server;

    @BeforeAll
    static void start() throws IOException {
        azurite = new GenericContainer<>(azuriteImage())
                .withExposedPorts(BLOB_PORT)
                .waitingFor(Wait.forListeningPort())
                .withStartupTimeout(Duration.ofMinutes(2));
        azurite.start();
        String address = azurite.getHost() + ":" + azurite.getMappedPort(BLOB_PORT);
        Config azure = Config.just(ConfigSources.create(Map.of(
                "connection-string", StartupSettingsTest.connectionString(address),
                "container", "videos")));
        storage = new AzureVideoStorage(AzureConnection.container(azure, new RangeRecorder()),
                new VideoSeed(VideoFolder.ROOT));
        storage.prepare();
        try (InputStream big = new PatternStream(BIG_SIZE)) {
            storage.upload(BIG_ID, big, "video/mp4");
        }
        server = WebServer.builder()
                .port(0)
                .routing(routing -> Main.routing(routing, storage))
                .build()
                .start();
    }

    @AfterAll
    static void stop() {
        if (server != null) {
            server.stop();
        }
        if (azurite != null) {
            azurite.stop();
        }
    }

    @Test
    void seededVideoIsReadWhole() throws Exception {
        HttpResponse<byte[]> response = get("sample.mp4", null);
        assertEquals(200, response.statusCode());
        assertEquals("video/mp4", response.headers().firstValue("Content-Type").orElseThrow());
        assertArrayEquals(VideoFolder.bytes(), response.body());
    }

    @Test
    void seededFileKeepsTheTypeOfItsExtension() throws Exception {
        HttpResponse<byte[]> response = get("notes.bin", null);
        assertEquals(200, response.statusCode());
        assertEquals("application/octet-stream",
                response.headers().firstValue("Content-Type").orElseThrow());
    }

    @Test
    void uploadedBlobKeepsSizeAndContentType() {
        StoredVideo video = storage.find(BIG_ID);
        assertEquals(BIG_SIZE, video.size());
        assertEquals("video/mp4", video.contentType());
    }

    @Test
    void rangeNearTheEndIsOneRangedRead() throws Exception {
        long first = BIG_SIZE - 1_000_000;
        long last = BIG_SIZE - 1;
        SENT_RANGES.clear();
        HttpResponse<byte[]> response = get(BIG_ID, "bytes=" + first + "-");
        assertEquals(206, response.statusCode());
        assertEquals("bytes " + first + "-" + last + "/" + BIG_SIZE,
                response.headers().firstValue("Content-Range").orElseThrow());
        assertEquals(1_000_000, response.body().length);
        for (int i = 0; i < response.body().length; i++) {
            if (response.body()[i] != PatternStream.byteAt(first + i)) {
                assertEquals(PatternStream.byteAt(first + i), response.body()[i], "byte " + (first + i));
            }
        }
        assertTrue(SENT_RANGES.contains("bytes=" + first + "-" + last), SENT_RANGES.toString());
    }

    @Test
    void headSendsSizeWithoutBody() throws Exception {
        HttpRequest request = HttpRequest.newBuilder(uri(BIG_ID))
                .method("HEAD", HttpRequest.BodyPublishers.noBody())
                .build();
        HttpResponse<byte[]> response = HTTP.send(request, HttpResponse.BodyHandlers.ofByteArray());
        assertEquals(200, response.statusCode());
        assertEquals(Long.toString(BIG_SIZE),
                response.headers().firstValue("Content-Length").orElseThrow());
        assertEquals(0, response.body().length);
    }

    @Test
    void unknownBlobReturns404Problem() throws Exception {
        HttpResponse<byte[]> response = get("missing.mp4", null);
        assertEquals(404, response.statusCode());
        assertEquals("application/problem+json",
                response.headers().firstValue("Content-Type").orElseThrow());
        assertTrue(new String(response.body()).contains("missing.mp4"));
    }

    @Test
    void rangePastTheEndReturns416() throws Exception {
        HttpResponse<byte[]> response = get(BIG_ID, "bytes=" + BIG_SIZE + "-");
        assertEquals(416, response.statusCode());
        assertEquals("bytes */" + BIG_SIZE,
                response.headers().firstValue("Content-Range").orElseThrow());
    }

    @Test
    void idWithPathCharactersNeverReachesBlobStorage() throws Exception {
        SENT_RANGES.clear();
        for (String encodedId : List.of("..%2Fvideos%2Fsample.mp4", "%2Fdevstoreaccount1",
                "videos%2F..%2F..%2Fsample.mp4")) {
            HttpRequest request = HttpRequest.newBuilder(
                    URI.create("http://localhost:" + server.port() + "/video?id=" + encodedId)).build();
            assertEquals(400, HTTP.send(request, HttpResponse.BodyHandlers.discarding()).statusCode(),
                    encodedId);
        }
        assertEquals(List.of(), SENT_RANGES);
    }

    @Test
    void readinessIsUp() {
        assertTrue(storage.isReady());
    }

    private static HttpResponse<byte[]> get(String id, String range) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri(id));
        if (range != null) {
            request.header("Range", range);
        }
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    private static URI uri(String id) {
        return URI.create("http://localhost:" + server.port() + "/video?id=" + id);
    }

    private static String azuriteImage() {
        String image = System.getenv("FLIXTUBE_AZURITE_IMAGE");
        if (image == null || image.isBlank()) {
            throw new IllegalStateException("FLIXTUBE_AZURITE_IMAGE is not set: run"
                    + " eval \"$(.ci/containers)\" first, which builds the Azurite image.");
        }
        return image;
    }

    /** Records the Range of every request to Blob Storage, and "none" when it has none. */
    private static final class RangeRecorder extends HttpPipelineSyncPolicy {
        @Override
        protected void beforeSendingRequest(HttpPipelineCallContext context) {
            String range = context.getHttpRequest().getHeaders().getValue("x-ms-range");
            if (range == null) {
                range = context.getHttpRequest().getHeaders().getValue("Range");
            }
            SENT_RANGES.add(range == null ? "none" : range);
        }
    }
}
