package io.flixtube.storage;

import io.helidon.http.HeaderNames;
import io.helidon.http.Method;
import io.helidon.http.Status;
import io.helidon.webclient.http1.Http1Client;
import io.helidon.webclient.http1.Http1ClientResponse;
import io.helidon.webserver.http.HttpRouting;
import io.helidon.webserver.testing.junit5.SetUpRoute;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The HTTP contract of {@code /video?id=} over the disk backend, run in memory by
 * {@link VideoStorageRoutingTest} and over a socket by {@link VideoStorageServerTest}.
 */
abstract class VideoStorageContractTest {

    private static final long SIZE = VideoFolder.size();

    private final Http1Client client;

    VideoStorageContractTest(Http1Client client) {
        this.client = client;
    }

    @SetUpRoute
    static void routing(HttpRouting.Builder routing) {
        Main.routing(routing, new DiskVideoStorage(VideoFolder.ROOT));
    }

    @Test
    void wholeVideoHasLengthTypeAndRanges() {
        try (Http1ClientResponse response = get("sample.mp4").request()) {
            assertEquals(Status.OK_200, response.status());
            assertEquals("video/mp4", response.headers().get(HeaderNames.CONTENT_TYPE).get());
            assertEquals(SIZE, response.headers().contentLength().getAsLong());
            assertEquals("bytes", response.headers().get(HeaderNames.ACCEPT_RANGES).get());
            assertArrayEquals(VideoFolder.bytes(), response.as(byte[].class));
        }
    }

    @Test
    void closedRangeReturnsPartialContent() {
        assertPartial("bytes=1000-1999", 1000, 1999);
    }

    @Test
    void openRangeReturnsTheRest() {
        assertPartial("bytes=" + (SIZE - 500) + "-", SIZE - 500, SIZE - 1);
    }

    @Test
    void suffixRangeReturnsTheLastBytes() {
        assertPartial("bytes=-300", SIZE - 300, SIZE - 1);
    }

    @Test
    void rangePastTheEndReturns416() {
        try (Http1ClientResponse response = get("sample.mp4")
                .header(HeaderNames.RANGE, "bytes=" + SIZE + "-")
                .request()) {
            assertEquals(Status.REQUESTED_RANGE_NOT_SATISFIABLE_416, response.status());
            assertEquals("bytes */" + SIZE, response.headers().get(HeaderNames.CONTENT_RANGE).get());
            assertProblem(response, 416, "bytes=" + SIZE + "-");
        }
    }

    @Test
    void unknownExtensionIsSentAsOctetStream() {
        try (Http1ClientResponse response = get("notes.bin").request()) {
            assertEquals(Status.OK_200, response.status());
            assertEquals("application/octet-stream",
                    response.headers().get(HeaderNames.CONTENT_TYPE).get());
            assertEquals("not a video", response.as(String.class));
        }
    }

    @Test
    void headReturnsHeadersWithoutBody() {
        try (Http1ClientResponse response = client.head("/video").queryParam("id", "sample.mp4").request()) {
            assertEquals(Status.OK_200, response.status());
            assertEquals(SIZE, response.headers().contentLength().getAsLong());
            assertEquals("video/mp4", response.headers().get(HeaderNames.CONTENT_TYPE).get());
        }
        // A body sent after the HEAD headers would corrupt the next response on the connection.
        assertPartial("bytes=0-99", 0, 99);
    }

    @Test
    void unknownIdReturns404Problem() {
        try (Http1ClientResponse response = get("missing.mp4").request()) {
            assertEquals(Status.NOT_FOUND_404, response.status());
            assertProblem(response, 404, "missing.mp4");
        }
    }

    @Test
    void missingIdReturns400Problem() {
        try (Http1ClientResponse response = client.get("/video").request()) {
            assertEquals(Status.BAD_REQUEST_400, response.status());
            assertProblem(response, 400, "Missing query parameter id");
        }
    }

    @Test
    void emptyIdReturns400Problem() {
        try (Http1ClientResponse response = get("").request()) {
            assertEquals(Status.BAD_REQUEST_400, response.status());
            assertProblem(response, 400, "Missing query parameter id");
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"../secret.txt", "..", "/etc/passwd", "videos/../../secret.txt",
            "..\\secret.txt", ".hidden", "sample.mp4/", "a b.mp4", "%2e%2e"})
    void idWithPathCharactersReturns400Problem(String id) {
        try (Http1ClientResponse response = get(id).request()) {
            assertEquals(Status.BAD_REQUEST_400, response.status());
            String body = assertProblem(response, 400, "Invalid video id");
            assertFalse(body.contains(VideoFolder.SECRET), body);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"POST", "PUT", "DELETE"})
    void otherMethodReturns405Problem(String method) {
        try (Http1ClientResponse response = client.method(Method.create(method)).path("/video").request()) {
            assertEquals(Status.METHOD_NOT_ALLOWED_405, response.status());
            assertEquals("GET, HEAD", response.headers().get(HeaderNames.ALLOW).get());
            assertProblem(response, 405, method);
        }
    }

    private io.helidon.webclient.http1.Http1ClientRequest get(String id) {
        return client.get("/video").queryParam("id", id);
    }

    private void assertPartial(String range, long first, long last) {
        try (Http1ClientResponse response = get("sample.mp4").header(HeaderNames.RANGE, range).request()) {
            assertEquals(Status.PARTIAL_CONTENT_206, response.status());
            assertEquals("bytes " + first + "-" + last + "/" + SIZE,
                    response.headers().get(HeaderNames.CONTENT_RANGE).get());
            assertEquals(last - first + 1, response.headers().contentLength().getAsLong());
            assertEquals("video/mp4", response.headers().get(HeaderNames.CONTENT_TYPE).get());
            assertArrayEquals(VideoFolder.bytes(first, last), response.as(byte[].class));
        }
    }

    // Checks the problem+json shape and that the body names the expected text; returns the body.
    private static String assertProblem(Http1ClientResponse response, int status, String named) {
        assertEquals("application/problem+json",
                response.headers().get(HeaderNames.CONTENT_TYPE).get());
        String body = response.as(String.class);
        assertTrue(body.contains("\"status\":" + status), body);
        assertTrue(body.contains(named), body);
        return body;
    }
}
