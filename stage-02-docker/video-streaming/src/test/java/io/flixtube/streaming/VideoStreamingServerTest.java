package io.flixtube.streaming;

import java.io.IOException;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;

import io.flixtube.common.ProblemHandling;
import io.helidon.http.Status;
import io.helidon.webclient.http1.Http1Client;
import io.helidon.webclient.http1.Http1ClientResponse;
import io.helidon.webserver.WebServer;
import io.helidon.webserver.WebServerConfig;
import io.helidon.webserver.testing.junit5.ServerTest;
import io.helidon.webserver.testing.junit5.SetUpServer;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Runs the {@code /video} contract over a socket, plus the observe endpoints that only a
 * running server has.
 */
@ServerTest
class VideoStreamingServerTest extends VideoStreamingContractTest {

    private final Http1Client client;
    private final int port;

    VideoStreamingServerTest(Http1Client client, WebServer server) {
        super(client);
        this.client = client;
        this.port = server.port();
    }

    @SetUpServer
    static void server(WebServerConfig.Builder server) {
        server.addFeature(Main.observe(SampleVideo.PATH))
                .directHandlers(ProblemHandling::addDirectHandlers);
    }

    @Test
    void readinessIsUpWhenVideoIsReadable() {
        try (Http1ClientResponse response = client.get("/observe/health/ready").request()) {
            assertEquals(Status.OK_200, response.status());
            String body = response.as(String.class);
            assertTrue(body.contains("\"status\":\"UP\""), body);
            assertTrue(body.contains("video-file"), body);
        }
    }

    @Test
    void undecodablePathGetsProblemBeforeRouting() throws IOException {
        try (Socket socket = new Socket("localhost", port)) {
            socket.setSoTimeout(10_000);
            OutputStream request = socket.getOutputStream();
            request.write("GET /%zz HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n"
                    .getBytes(StandardCharsets.US_ASCII));
            request.flush();
            String response = new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertTrue(response.startsWith("HTTP/1.1 400"), response);
            assertTrue(response.contains("application/problem+json"), response);
            assertTrue(response.contains("\"status\":400"), response);
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
