package io.flixtube.storage;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import io.helidon.http.Status;
import io.helidon.webclient.http1.Http1Client;
import io.helidon.webclient.http1.Http1ClientResponse;
import io.helidon.webserver.WebServerConfig;
import io.helidon.webserver.testing.junit5.ServerTest;
import io.helidon.webserver.testing.junit5.SetUpServer;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Runs the {@code /video?id=} contract over a socket, plus the observe endpoints that only a
 * running server has.
 */
@ServerTest
class VideoStorageServerTest extends VideoStorageContractTest {

    private final Http1Client client;
    private final URI uri;

    VideoStorageServerTest(Http1Client client, URI uri) {
        super(client);
        this.client = client;
        this.uri = uri;
    }

    @SetUpServer
    static void server(WebServerConfig.Builder server) {
        server.addFeature(Main.observe(new DiskVideoStorage(VideoFolder.ROOT)));
    }

    @Test
    void readinessIsUpWhenFolderIsReadable() {
        try (Http1ClientResponse response = client.get("/observe/health/ready").request()) {
            assertEquals(Status.OK_200, response.status());
            String body = response.as(String.class);
            assertTrue(body.contains("\"status\":\"UP\""), body);
            assertTrue(body.contains(VideoFolder.ROOT.toString()), body);
        }
    }

    @Test
    void livenessIsUp() {
        try (Http1ClientResponse response = client.get("/observe/health/live").request()) {
            assertEquals(Status.OK_200, response.status());
        }
    }

    @Test
    void metricsArePublished() {
        try (Http1ClientResponse response = client.get("/observe/metrics").request()) {
            assertEquals(Status.OK_200, response.status());
            assertTrue(response.as(String.class).contains("# TYPE"));
        }
    }

    // The JDK client sends the query exactly as written, so the server decodes %2F itself.
    @ParameterizedTest
    @ValueSource(strings = {"..%2Fsecret.txt", "%2E%2E%2Fsecret.txt", "%2Fetc%2Fpasswd",
            "..%5Csecret.txt"})
    void encodedSlashInIdReturns400Problem(String encodedId)
            throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(uri.resolve("/video?id=" + encodedId)).build();
        try (HttpClient http = HttpClient.newHttpClient()) {
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            assertEquals(400, response.statusCode());
            assertEquals("application/problem+json",
                    response.headers().firstValue("Content-Type").orElseThrow());
            assertTrue(response.body().contains("Invalid video id"), response.body());
            assertFalse(response.body().contains(VideoFolder.SECRET), response.body());
        }
    }
}
