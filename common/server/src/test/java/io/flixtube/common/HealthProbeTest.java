package io.flixtube.common;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;

import com.sun.net.httpserver.HttpServer;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The exit status and report of the container health probe, against a local HTTP server.
 */
class HealthProbeTest {

    private final ByteArrayOutputStream output = new ByteArrayOutputStream();
    private HttpServer server;

    @BeforeEach
    void startServer() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/up", exchange -> {
            exchange.sendResponseHeaders(200, -1);
            exchange.close();
        });
        server.createContext("/down", exchange -> {
            exchange.sendResponseHeaders(503, -1);
            exchange.close();
        });
        server.start();
    }

    @AfterEach
    void stopServer() {
        server.stop(0);
    }

    @Test
    void okStatusIsHealthy() {
        String url = url("/up");
        assertEquals(0, check(url));
        assertTrue(report().startsWith("Healthy: " + url + " returned 200"), report());
    }

    @Test
    void serviceUnavailableIsUnhealthy() {
        String url = url("/down");
        assertEquals(1, check(url));
        assertTrue(report().startsWith("Unhealthy: " + url + " returned 503"), report());
    }

    @Test
    void notFoundIsUnhealthy() {
        assertEquals(1, check(url("/missing")));
        assertTrue(report().contains("returned 404"), report());
    }

    @Test
    void refusedConnectionIsUnhealthy() throws IOException {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            closedPort = socket.getLocalPort();
        }
        String url = "http://127.0.0.1:" + closedPort + "/up";
        assertEquals(1, check(url));
        assertTrue(report().startsWith("Unhealthy: request to " + url + " failed"), report());
    }

    @Test
    void malformedUrlIsUnhealthy() {
        assertEquals(1, check("not a url"));
        assertTrue(report().contains("failed"), report());
    }

    @Test
    void missingUrlPrintsUsage() {
        assertEquals(1, HealthProbe.check(new String[0], null, new PrintStream(output, true)));
        assertTrue(report().startsWith("Usage:"), report());
    }

    private int check(String url) {
        return HealthProbe.check(new String[] {url}, null, new PrintStream(output, true, StandardCharsets.UTF_8));
    }

    private String report() {
        return output.toString(StandardCharsets.UTF_8);
    }

    private String url(String path) {
        return "http://127.0.0.1:" + server.getAddress().getPort() + path;
    }

    @Test
    void pathUsesServerPort() {
        assertEquals("http://127.0.0.1:9090/observe/health/ready",
                HealthProbe.target("/observe/health/ready", "9090"));
    }

    @Test
    void pathDefaultsToPort8080() {
        assertEquals("http://127.0.0.1:8080/observe/health/ready",
                HealthProbe.target("/observe/health/ready", null));
        assertEquals("http://127.0.0.1:8080/observe/health/ready",
                HealthProbe.target("/observe/health/ready", " "));
    }

    @Test
    void fullUrlIsKept() {
        assertEquals("http://10.0.0.1:1/x", HealthProbe.target("http://10.0.0.1:1/x", "9090"));
    }
}
