package io.flixtube.streaming;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.util.Optional;

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
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * What video-streaming does while MongoDB is down: 503 for videos within seconds, not ready,
 * still live.
 */
@ServerTest
class MongoDownTest {

    // A port that was free a moment ago, so nothing listens on it.
    private static final MongoConnection DOWN = TestVideos.connect("mongodb://127.0.0.1:" + freePort());

    private final Http1Client client;

    MongoDownTest(Http1Client client) {
        this.client = client;
    }

    @SetUpRoute
    static void routing(HttpRouting.Builder routing) {
        Main.routing(routing, new VideoPaths(DOWN.videos()), FakeVideoStorage.client());
    }

    @SetUpServer
    static void server(WebServerConfig.Builder server) {
        server.addFeature(Main.observe(FakeVideoStorage.client(), DOWN, Optional.empty()));
    }

    @Test
    void videoReturns503ProblemWithinSeconds() {
        FakeVideoStorage.forgetLastId();
        long started = System.nanoTime();
        try (Http1ClientResponse response = client.get("/video")
                .queryParam("id", TestVideos.SAMPLE_ID)
                .request()) {
            long millis = (System.nanoTime() - started) / 1_000_000;
            assertEquals(Status.SERVICE_UNAVAILABLE_503, response.status());
            assertEquals("application/problem+json",
                    response.headers().get(HeaderNames.CONTENT_TYPE).get());
            String body = response.as(String.class);
            assertTrue(body.contains("\"status\":503"), body);
            assertTrue(body.contains(TestVideos.SAMPLE_ID), body);
            assertTrue(millis < 10_000, "took " + millis + " ms");
        }
        assertNull(FakeVideoStorage.lastId());
    }

    @Test
    void malformedIdIsStill400() {
        try (Http1ClientResponse response = client.get("/video").queryParam("id", "x").request()) {
            assertEquals(Status.BAD_REQUEST_400, response.status());
        }
    }

    @Test
    void readinessIsDownNamingMongo() {
        try (Http1ClientResponse response = client.get("/observe/health/ready").request()) {
            assertEquals(Status.SERVICE_UNAVAILABLE_503, response.status());
            String body = response.as(String.class);
            assertTrue(body.contains("\"status\":\"DOWN\""), body);
            assertTrue(body.contains("mongodb"), body);
        }
    }

    @Test
    void livenessStaysUp() {
        try (Http1ClientResponse response = client.get("/observe/health/live").request()) {
            assertEquals(Status.OK_200, response.status());
        }
    }

    static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
