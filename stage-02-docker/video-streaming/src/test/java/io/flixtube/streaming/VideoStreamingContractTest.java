package io.flixtube.streaming;

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
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The HTTP contract of {@code /video}, run in memory by {@link VideoStreamingRoutingTest} and
 * over a socket by {@link VideoStreamingServerTest}.
 */
abstract class VideoStreamingContractTest {

    private static final long SIZE = SampleVideo.size();

    private final Http1Client client;

    VideoStreamingContractTest(Http1Client client) {
        this.client = client;
    }

    @SetUpRoute
    static void routing(HttpRouting.Builder routing) {
        Main.routing(routing, SampleVideo.PATH);
    }

    @Test
    void wholeVideoHasLengthTypeAndRanges() {
        try (Http1ClientResponse response = client.get("/video").request()) {
            assertEquals(Status.OK_200, response.status());
            assertEquals("video/mp4", response.headers().get(HeaderNames.CONTENT_TYPE).get());
            assertEquals(SIZE, response.headers().contentLength().getAsLong());
            assertEquals("bytes", response.headers().get(HeaderNames.ACCEPT_RANGES).get());
            assertArrayEquals(SampleVideo.bytes(), response.as(byte[].class));
        }
    }

    @Test
    void closedRangeReturnsPartialContent() {
        assertPartial("bytes=0-99", 0, 99);
    }

    @Test
    void rangeInTheMiddleReturnsThoseBytes() {
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
    void rangePastEndIsTruncated() {
        assertPartial("bytes=" + (SIZE - 10) + "-" + (SIZE + 1000), SIZE - 10, SIZE - 1);
    }

    @Test
    void suffixLongerThanVideoReturnsItAll() {
        assertPartial("bytes=-" + (SIZE * 2), 0, SIZE - 1);
    }

    @ParameterizedTest
    @ValueSource(strings = {"bytes=999999999-", "bytes=-0"})
    void unsatisfiableRangeReturns416(String range) {
        try (Http1ClientResponse response = client.get("/video").header(HeaderNames.RANGE, range).request()) {
            assertEquals(Status.REQUESTED_RANGE_NOT_SATISFIABLE_416, response.status());
            assertEquals("bytes */" + SIZE, response.headers().get(HeaderNames.CONTENT_RANGE).get());
            assertEquals("application/problem+json",
                    response.headers().get(HeaderNames.CONTENT_TYPE).get());
            String body = response.as(String.class);
            assertTrue(body.contains("\"status\":416"), body);
            assertTrue(body.contains(range), body);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"bytes=abc", "items=0-99", "bytes=500-100", "bytes=", "bytes=0-1,5-9"})
    void malformedOrMultipleRangeReturnsWholeVideo(String range) {
        try (Http1ClientResponse response = client.get("/video").header(HeaderNames.RANGE, range).request()) {
            assertEquals(Status.OK_200, response.status());
            assertEquals(SIZE, response.headers().contentLength().getAsLong());
            assertArrayEquals(SampleVideo.bytes(), response.as(byte[].class));
        }
    }

    @Test
    void headReturnsHeadersWithoutBody() {
        try (Http1ClientResponse response = client.head("/video").request()) {
            assertEquals(Status.OK_200, response.status());
            assertEquals(SIZE, response.headers().contentLength().getAsLong());
            assertEquals("video/mp4", response.headers().get(HeaderNames.CONTENT_TYPE).get());
        }
        // A body sent after the HEAD headers would corrupt the next response on the connection.
        assertPartial("bytes=0-99", 0, 99);
    }

    @Test
    void headWithRangeReturnsPartialHeaders() {
        try (Http1ClientResponse response = client.head("/video").header(HeaderNames.RANGE, "bytes=0-9").request()) {
            assertEquals(Status.PARTIAL_CONTENT_206, response.status());
            assertEquals("bytes 0-9/" + SIZE, response.headers().get(HeaderNames.CONTENT_RANGE).get());
            assertEquals(10, response.headers().contentLength().getAsLong());
        }
    }

    @Test
    void unknownPathReturns404Problem() {
        try (Http1ClientResponse response = client.get("/videos/1").request()) {
            assertEquals(Status.NOT_FOUND_404, response.status());
            assertEquals("application/problem+json",
                    response.headers().get(HeaderNames.CONTENT_TYPE).get());
            String body = response.as(String.class);
            assertTrue(body.contains("\"status\":404"), body);
            assertTrue(body.contains("/videos/1"), body);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"POST", "PUT", "DELETE"})
    void otherMethodReturns405Problem(String method) {
        try (Http1ClientResponse response = client.method(Method.create(method)).path("/video").request()) {
            assertEquals(Status.METHOD_NOT_ALLOWED_405, response.status());
            assertEquals("GET, HEAD", response.headers().get(HeaderNames.ALLOW).get());
            assertEquals("application/problem+json",
                    response.headers().get(HeaderNames.CONTENT_TYPE).get());
            String body = response.as(String.class);
            assertTrue(body.contains("\"status\":405"), body);
            assertTrue(body.contains(method), body);
        }
    }

    private void assertPartial(String range, long first, long last) {
        try (Http1ClientResponse response = client.get("/video").header(HeaderNames.RANGE, range).request()) {
            assertEquals(Status.PARTIAL_CONTENT_206, response.status());
            assertEquals("bytes " + first + "-" + last + "/" + SIZE,
                    response.headers().get(HeaderNames.CONTENT_RANGE).get());
            assertEquals(last - first + 1, response.headers().contentLength().getAsLong());
            assertEquals("video/mp4", response.headers().get(HeaderNames.CONTENT_TYPE).get());
            assertArrayEquals(SampleVideo.bytes(first, last), response.as(byte[].class));
        }
    }
}
