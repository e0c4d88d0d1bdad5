package io.flixtube.streaming;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;

import io.flixtube.testing.FlixtubeProcess;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Runs {@code ./flixtube up stage-01-single-service} as a user does: it prints a URL, serves
 * the video there, and Ctrl-C leaves no service process behind.
 */
class FlixtubeUpIT {

    private static final Duration START_TIMEOUT = Duration.ofSeconds(120);

    @Test
    void upServesRangeAndStopsEverythingOnSigint() throws Exception {
        try (FlixtubeProcess up = FlixtubeProcess.start("up", "stage-01-single-service")) {
            URI url = up.awaitUrl(START_TIMEOUT);
            assertEquals("http://localhost:4001", url.toString());

            HttpResponse<byte[]> response = HttpClient.newHttpClient().send(
                    HttpRequest.newBuilder(url.resolve("/video")).header("Range", "bytes=0-99").build(),
                    HttpResponse.BodyHandlers.ofByteArray());
            assertEquals(206, response.statusCode());
            assertArrayEquals(SampleVideo.bytes(0, 99), response.body());

            List<ProcessHandle> services = up.descendants();
            assertFalse(services.isEmpty(), "the launcher started no process");
            up.interrupt();
            assertTrue(up.awaitExit(Duration.ofSeconds(30)) >= 0, "launcher still running: " + up.output());
            for (ProcessHandle service : services) {
                service.onExit().get(10, TimeUnit.SECONDS);
                assertFalse(service.isAlive(), "process " + service.pid() + " outlived the launcher");
            }
            assertTrue(up.output().stream().anyMatch(line -> line.startsWith("video-streaming | ")),
                    "no prefixed service log line in " + up.output());
        }
    }

    @Test
    void takenPortIsReportedAndNothingStarts() throws Exception {
        try (ServerSocket taken = new ServerSocket()) {
            taken.bind(new InetSocketAddress(4001));
            try (FlixtubeProcess up = FlixtubeProcess.start("up", "01")) {
                assertEquals(1, up.awaitExit(START_TIMEOUT), String.join("\n", up.output()));
                String output = String.join("\n", up.output());
                assertTrue(output.contains("Port 4001"), output);
                assertTrue(output.contains("video-streaming"), output);
            }
        } catch (IOException e) {
            throw new AssertionError("port 4001 is in use by another program, so this test cannot take it", e);
        }
    }

    @Test
    void unknownStageListsTheStages() throws Exception {
        try (FlixtubeProcess up = FlixtubeProcess.start("up", "stage-42")) {
            assertEquals(2, up.awaitExit(START_TIMEOUT));
            String output = String.join("\n", up.output());
            assertTrue(output.contains("Unknown stage 'stage-42'"), output);
            assertTrue(output.contains("stage-01-single-service"), output);
        }
    }
}
