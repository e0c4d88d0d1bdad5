package io.flixtube.streaming;

import io.helidon.http.HeaderNames;
import io.helidon.http.Method;
import io.helidon.http.Status;
import io.helidon.webclient.http1.Http1Client;
import io.helidon.webclient.http1.Http1ClientRequest;
import io.helidon.webclient.http1.Http1ClientResponse;
import io.helidon.webserver.http.HttpRouting;
import io.helidon.webserver.testing.junit5.SetUpRoute;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The HTTP contract of {@code /video?id=} over the {@link TestVideos} in a MongoDB stand-in and
 * in front of a {@link FakeVideoStorage}, run in memory by {@link VideoStreamingRoutingTest}
 * and over a socket by {@link VideoStreamingServerTest}.
 */
abstract class VideoStreamingContractTest {

    private static final long SIZE = FakeVideoStorage.bytes().length;

    private final Http1Client client;

    VideoStreamingContractTest(Http1Client client) {
        this.client = client;
    }

    @SetUpRoute
    static void routing(HttpRouting.Builder routing) {
        Main.routing(routing, TestVideos.videoPaths(), FakeVideoStorage.client());
    }

    @Test
    void wholeVideoPassesThrough() {
        try (Http1ClientResponse response = get(TestVideos.SAMPLE_ID).request()) {
            assertEquals(Status.OK_200, response.status());
            assertEquals("video/mp4", response.headers().get(HeaderNames.CONTENT_TYPE).get());
            assertEquals(SIZE, response.headers().contentLength().getAsLong());
            assertEquals("bytes", response.headers().get(HeaderNames.ACCEPT_RANGES).get());
            assertArrayEquals(FakeVideoStorage.bytes(), response.as(byte[].class));
        }
    }

    @Test
    void closedRangePassesBothWays() {
        assertPartial("bytes=1000-1999", 1000, 1999);
    }

    @Test
    void suffixRangePassesBothWays() {
        assertPartial("bytes=-300", SIZE - 300, SIZE - 1);
    }

    @Test
    void rangePastTheEndReturns416() {
        try (Http1ClientResponse response = get(TestVideos.SAMPLE_ID)
                .header(HeaderNames.RANGE, "bytes=" + SIZE + "-")
                .request()) {
            assertEquals(Status.REQUESTED_RANGE_NOT_SATISFIABLE_416, response.status());
            assertEquals("bytes */" + SIZE, response.headers().get(HeaderNames.CONTENT_RANGE).get());
            assertProblem(response, 416, "bytes=" + SIZE + "-");
        }
    }

    @Test
    void headReturnsHeadersWithoutBody() {
        try (Http1ClientResponse response = client.head("/video")
                .queryParam("id", TestVideos.SAMPLE_ID)
                .request()) {
            assertEquals(Status.OK_200, response.status());
            assertEquals(SIZE, response.headers().contentLength().getAsLong());
            assertEquals("video/mp4", response.headers().get(HeaderNames.CONTENT_TYPE).get());
        }
        // A body sent after the HEAD headers would corrupt the next response on the connection.
        assertPartial("bytes=0-99", 0, 99);
    }

    @Test
    void unknownIdReturns404() {
        FakeVideoStorage.forgetLastId();
        try (Http1ClientResponse response = get(TestVideos.UNKNOWN_ID).request()) {
            assertEquals(Status.NOT_FOUND_404, response.status());
            assertProblem(response, 404, TestVideos.UNKNOWN_ID);
        }
        assertNull(FakeVideoStorage.lastId());
    }

    @Test
    void pathMissingInStorageReturns404FromStorage() {
        try (Http1ClientResponse response = get(TestVideos.MISSING_FILE_ID).request()) {
            assertEquals(Status.NOT_FOUND_404, response.status());
            assertProblem(response, 404, "missing.mp4");
        }
        assertEquals("missing.mp4", FakeVideoStorage.lastId());
    }

    @ParameterizedTest
    @ValueSource(strings = {"sample.mp4", "65a1f0c2e4b0a1b2c3d4e50", "65a1f0c2e4b0a1b2c3d4e5011",
            "65a1f0c2e4b0a1b2c3d4e50g", "65A1F0C2E4B0A1B2C3D4E50Z", " 65a1f0c2e4b0a1b2c3d4e501"})
    void malformedIdReturns400NamingIt(String id) {
        try (Http1ClientResponse response = get(id).request()) {
            assertEquals(Status.BAD_REQUEST_400, response.status());
            assertProblem(response, 400, "Invalid video id '" + id + "'");
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"../secret.txt", "/etc/passwd", "a/../../b.mp4",
            "../65a1f0c2e4b0a1b2c3d4e5", "65a1f0c2e4b0a1b2c3d4e501/..", "..\\secret.txt"})
    void idWithPathCharactersNeverReachesStorage(String id) {
        FakeVideoStorage.forgetLastId();
        try (Http1ClientResponse response = get(id).request()) {
            assertEquals(Status.BAD_REQUEST_400, response.status());
            assertProblem(response, 400, "Invalid video id");
        }
        assertNull(FakeVideoStorage.lastId());
    }

    @Test
    void emptyIdReturns400() {
        try (Http1ClientResponse response = get("").request()) {
            assertEquals(Status.BAD_REQUEST_400, response.status());
            assertProblem(response, 400, "Missing query parameter id");
        }
    }

    @Test
    void missingIdReturns400() {
        try (Http1ClientResponse response = client.get("/video").request()) {
            assertEquals(Status.BAD_REQUEST_400, response.status());
            assertProblem(response, 400, "Missing query parameter id");
        }
    }

    @Test
    void pathThatStorageRejectsReturns502() {
        try (Http1ClientResponse response = get(TestVideos.BAD_PATH_ID).request()) {
            assertEquals(Status.BAD_GATEWAY_502, response.status());
            assertProblem(response, 502, TestVideos.BAD_PATH_ID);
        }
    }

    @Test
    void recordWithoutPathReturns502() {
        try (Http1ClientResponse response = get(TestVideos.NO_PATH_ID).request()) {
            assertEquals(Status.BAD_GATEWAY_502, response.status());
            assertProblem(response, 502, TestVideos.NO_PATH_ID);
        }
    }

    @Test
    void storageServerErrorReturns502() {
        try (Http1ClientResponse response = get(TestVideos.BROKEN_ID).request()) {
            assertEquals(Status.BAD_GATEWAY_502, response.status());
            assertProblem(response, 502, "broken.mp4");
        }
    }

    @Test
    void storageUnavailableReturns503() {
        try (Http1ClientResponse response = get(TestVideos.UNAVAILABLE_ID).request()) {
            assertEquals(Status.SERVICE_UNAVAILABLE_503, response.status());
            assertProblem(response, 503, "unavailable.mp4");
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

    private Http1ClientRequest get(String id) {
        return client.get("/video").queryParam("id", id);
    }

    private void assertPartial(String range, long first, long last) {
        try (Http1ClientResponse response = get(TestVideos.SAMPLE_ID)
                .header(HeaderNames.RANGE, range)
                .request()) {
            assertEquals(Status.PARTIAL_CONTENT_206, response.status());
            assertEquals("bytes " + first + "-" + last + "/" + SIZE,
                    response.headers().get(HeaderNames.CONTENT_RANGE).get());
            assertEquals(last - first + 1, response.headers().contentLength().getAsLong());
            assertEquals("bytes", response.headers().get(HeaderNames.ACCEPT_RANGES).get());
            assertArrayEquals(FakeVideoStorage.bytes(first, last), response.as(byte[].class));
        }
    }

    private static void assertProblem(Http1ClientResponse response, int status, String named) {
        assertEquals("application/problem+json",
                response.headers().get(HeaderNames.CONTENT_TYPE).get());
        String body = response.as(String.class);
        assertTrue(body.contains("\"status\":" + status), body);
        assertTrue(body.contains(named), body);
    }
}
