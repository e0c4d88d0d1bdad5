package io.flixtube.common;

import java.util.function.Consumer;

import io.helidon.http.HeaderNames;
import io.helidon.http.ServerResponseHeaders;
import io.helidon.http.Status;
import io.helidon.webserver.http.ServerResponse;

import jakarta.json.Json;

/**
 * An RFC 9457 problem details body: the status, a short title and a detail that names the value
 * at fault.
 *
 * @param status the HTTP status
 * @param title  a summary that is the same for every occurrence of this kind of problem: the
 *               status's reason phrase, such as {@code Not Found}
 * @param detail what went wrong this time, naming the invalid value and what is allowed
 */
public record Problem(Status status, String title, String detail) {

    /** The media type of a problem details body. */
    public static final String MEDIA_TYPE = "application/problem+json";

    /** Creates a 400 Bad Request problem. */
    public static Problem badRequest(String detail) {
        return new Problem(Status.BAD_REQUEST_400, Status.BAD_REQUEST_400.reasonPhrase(), detail);
    }

    /** Creates a 404 Not Found problem. */
    public static Problem notFound(String detail) {
        return new Problem(Status.NOT_FOUND_404, Status.NOT_FOUND_404.reasonPhrase(), detail);
    }

    /** Creates a 502 Bad Gateway problem, for a dependency that responded with an error. */
    public static Problem badGateway(String detail) {
        return new Problem(Status.BAD_GATEWAY_502, Status.BAD_GATEWAY_502.reasonPhrase(), detail);
    }

    /** Creates a 503 Service Unavailable problem, for a dependency that cannot be reached. */
    public static Problem serviceUnavailable(String detail) {
        return new Problem(Status.SERVICE_UNAVAILABLE_503, Status.SERVICE_UNAVAILABLE_503.reasonPhrase(), detail);
    }

    /** Maximum length of a request value that a detail quotes in full. */
    public static final int MAX_QUOTED_LENGTH = 100;

    /** Creates a problem whose title is the status's reason phrase. */
    public static Problem of(Status status, String detail) {
        return new Problem(status, status.reasonPhrase(), detail);
    }

    /**
     * Quotes a value from a request for a detail, cut to {@value #MAX_QUOTED_LENGTH} characters
     * so that a huge header does not come back whole.
     */
    public static String quote(String value) {
        if (value.length() <= MAX_QUOTED_LENGTH) {
            return "'" + value + "'";
        }
        return "'" + value.substring(0, MAX_QUOTED_LENGTH) + "...' (" + value.length() + " characters)";
    }

    /** Returns the body as JSON text. */
    public String toJson() {
        return Json.createObjectBuilder()
                .add("type", "about:blank")
                .add("title", title)
                .add("status", status.code())
                .add("detail", detail)
                .build()
                .toString();
    }

    /** Sends this problem as the response, replacing any entity headers already set. */
    public void send(ServerResponse response) {
        send(response, headers -> { });
    }

    /**
     * Sends this problem as the response, replacing any entity headers already set, after
     * {@code extraHeaders} has added the headers that belong with this problem.
     */
    public void send(ServerResponse response, Consumer<ServerResponseHeaders> extraHeaders) {
        ServerResponseHeaders headers = response.headers();
        headers.remove(HeaderNames.CONTENT_RANGE);
        headers.remove(HeaderNames.CONTENT_LENGTH);
        headers.remove(HeaderNames.ACCEPT_RANGES);
        headers.set(HeaderNames.CONTENT_TYPE, MEDIA_TYPE);
        extraHeaders.accept(headers);
        response.status(status);
        response.send(toJson());
    }
}
