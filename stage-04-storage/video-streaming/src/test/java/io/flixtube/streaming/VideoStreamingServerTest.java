package io.flixtube.streaming;

import java.util.Optional;

import io.helidon.http.Status;
import io.helidon.webclient.http1.Http1Client;
import io.helidon.webclient.http1.Http1ClientResponse;
import io.helidon.webserver.WebServerConfig;
import io.helidon.webserver.testing.junit5.ServerTest;
import io.helidon.webserver.testing.junit5.SetUpServer;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Runs the {@code /video?id=} contract over a socket, plus the observe endpoints that only a
 * running server has.
 */
@ServerTest
class VideoStreamingServerTest extends VideoStreamingContractTest {

    private final Http1Client client;

    VideoStreamingServerTest(Http1Client client) {
        super(client);
        this.client = client;
    }

    @SetUpServer
    static void server(WebServerConfig.Builder server) {
        server.addFeature(Main.observe(FakeVideoStorage.client(), TestVideos.mongo(),
                Optional.empty()));
    }

    @Test
    void readinessUpWithStorageAndMongo() {
        try (Http1ClientResponse response = client.get("/observe/health/ready").request()) {
            assertEquals(Status.OK_200, response.status());
            String body = response.as(String.class);
            assertTrue(body.contains("\"status\":\"UP\""), body);
            assertTrue(body.contains("video-storage"), body);
            assertTrue(body.contains("mongodb"), body);
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
}
