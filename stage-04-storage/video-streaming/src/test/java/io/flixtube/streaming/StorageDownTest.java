package io.flixtube.streaming;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.util.Map;
import java.util.Optional;

import io.helidon.config.Config;
import io.helidon.config.ConfigSources;
import io.helidon.http.HeaderNames;
import io.helidon.http.Status;
import io.helidon.webclient.http1.Http1Client;
import io.helidon.webclient.http1.Http1ClientResponse;
import io.helidon.webserver.WebServerConfig;
import io.helidon.webserver.http.HttpRouting;
import io.helidon.webserver.testing.junit5.ServerTest;
import io.helidon.webserver.testing.junit5.SetUpRoute;
import io.helidon.webserver.testing.junit5.SetUpServer;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * What video-streaming does while video-storage is down: 503 for videos, not ready.
 */
@ServerTest
class StorageDownTest {

    // A port that was free a moment ago, so nothing listens on it.
    private static final Http1Client DOWN = Main.videoStorageClient(
            URI.create("http://localhost:" + freePort()),
            Config.just(ConfigSources.create(Map.of("connect-timeout", "PT1S"))));

    private final Http1Client client;

    StorageDownTest(Http1Client client) {
        this.client = client;
    }

    @SetUpRoute
    static void routing(HttpRouting.Builder routing) {
        Main.routing(routing, TestVideos.videoPaths(), DOWN);
    }

    @SetUpServer
    static void server(WebServerConfig.Builder server) {
        server.addFeature(Main.observe(DOWN, TestVideos.mongo(), Optional.empty()));
    }

    @Test
    void videoReturns503Problem() {
        try (Http1ClientResponse response = client.get("/video")
                .queryParam("id", TestVideos.SAMPLE_ID)
                .request()) {
            assertEquals(Status.SERVICE_UNAVAILABLE_503, response.status());
            assertEquals("application/problem+json",
                    response.headers().get(HeaderNames.CONTENT_TYPE).get());
            String body = response.as(String.class);
            assertTrue(body.contains("\"status\":503"), body);
            assertTrue(body.contains(TestVideos.SAMPLE_ID), body);
        }
    }

    @Test
    void readinessIsDown() {
        try (Http1ClientResponse response = client.get("/observe/health/ready").request()) {
            assertEquals(Status.SERVICE_UNAVAILABLE_503, response.status());
            String body = response.as(String.class);
            assertTrue(body.contains("\"status\":\"DOWN\""), body);
        }
    }

    @Test
    void livenessStaysUp() {
        try (Http1ClientResponse response = client.get("/observe/health/live").request()) {
            assertEquals(Status.OK_200, response.status());
        }
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
