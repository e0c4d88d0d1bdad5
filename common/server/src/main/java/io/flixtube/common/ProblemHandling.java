package io.flixtube.common;

import java.util.Arrays;
import java.util.stream.Collectors;

import io.helidon.http.DirectHandler;
import io.helidon.http.HeaderNames;
import io.helidon.http.HttpException;
import io.helidon.http.Method;
import io.helidon.http.ServerResponseHeaders;
import io.helidon.http.Status;
import io.helidon.webserver.http.DirectHandlers;
import io.helidon.webserver.http.HttpRouting;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;

import static java.lang.System.Logger.Level.ERROR;
import static java.lang.System.Logger.Level.WARNING;

/**
 * Registers the handlers that send every error of a service as a problem details body, so
 * that all services share one error shape.
 */
public final class ProblemHandling {

    private static final System.Logger LOGGER = System.getLogger(ProblemHandling.class.getName());

    private ProblemHandling() {
    }

    /**
     * Adds the error handlers to a routing: {@link ProblemException}s are sent as they are,
     * Helidon's {@link HttpException}s keep their status, and anything else is logged and
     * sent as 500 with no internal detail.
     */
    public static void register(HttpRouting.Builder routing) {
        routing.error(ProblemException.class, ProblemHandling::sendProblem)
                .error(HttpException.class, ProblemHandling::sendHttpException)
                .error(RuntimeException.class, ProblemHandling::sendInternalError);
    }

    /**
     * Adds a route, to be registered after the real routes of {@code path}, that responds to every
     * other method with 405 and an Allow header.
     */
    public static void allowOnly(HttpRouting.Builder routing, String path, Method... allowed) {
        String allow = Arrays.stream(allowed).map(Method::text).collect(Collectors.joining(", "));
        routing.any(path, (request, response) -> Problem.of(Status.METHOD_NOT_ALLOWED_405,
                "Method " + Problem.quote(request.prologue().method().text()) + " is not allowed on "
                        + path + "; use " + allow + ".")
                .send(response, headers -> headers.set(HeaderNames.ALLOW, allow)));
    }

    /**
     * Adds handlers for the requests that the server rejects before routing, such as a path
     * that does not decode or a header that is too large, so that they get problem details too.
     */
    public static void addDirectHandlers(DirectHandlers.Builder handlers) {
        for (DirectHandler.EventType type : DirectHandler.EventType.values()) {
            handlers.addHandler(type, ProblemHandling::rejectBeforeRouting);
        }
    }

    private static DirectHandler.TransportResponse rejectBeforeRouting(
            DirectHandler.TransportRequest request, DirectHandler.EventType type, Status status,
            ServerResponseHeaders headers, String message) {
        headers.set(HeaderNames.CONTENT_TYPE, Problem.MEDIA_TYPE);
        String detail = rejectionDetail(request, status, message);
        return DirectHandler.TransportResponse.builder()
                .status(status)
                .headers(headers)
                .keepAlive(type.keepAlive())
                .entity(Problem.of(status, detail).toJson())
                .build();
    }

    // Names what the server rejected, because its own message is often missing.
    private static String rejectionDetail(DirectHandler.TransportRequest request, Status status,
                                          String message) {
        if (status == Status.HTTP_VERSION_NOT_SUPPORTED_505) {
            return "HTTP version " + Problem.quote(request.protocolVersion())
                    + " is not supported: use HTTP/1.1.";
        }
        if (status == Status.REQUEST_URI_TOO_LONG_414) {
            return "The request target is longer than this server accepts.";
        }
        if (message != null && !message.isBlank()) {
            return "The request was rejected before it reached a resource: " + message;
        }
        String line = (request.method() + " " + request.path()).trim();
        return "The request line or a header is invalid: a path that does not decode, or a header"
                + " that is malformed or too large. Request: " + Problem.quote(line) + ".";
    }

    private static void sendProblem(ServerRequest request, ServerResponse response,
                                    ProblemException exception) {
        // One line, without the stack trace: a dependency that is down fails every request.
        if (exception.getCause() != null) {
            LOGGER.log(WARNING, "Request " + describe(request) + " failed: "
                    + exception.getMessage() + " (" + exception.getCause() + ")");
        }
        exception.send(response);
    }

    private static void sendHttpException(ServerRequest request, ServerResponse response,
                                          HttpException exception) {
        Status status = exception.status();
        String detail = status == Status.NOT_FOUND_404
                ? "No resource at " + Problem.quote(request.path().rawPath()) + "."
                : exception.getMessage();
        Problem.of(status, detail).send(response);
    }

    private static void sendInternalError(ServerRequest request, ServerResponse response,
                                          RuntimeException exception) {
        LOGGER.log(ERROR, "Request " + describe(request) + " failed", exception);
        Problem.of(Status.INTERNAL_SERVER_ERROR_500,
                "The request failed inside the service; its log has the cause.").send(response);
    }

    private static String describe(ServerRequest request) {
        return request.prologue().method().text() + " " + request.path().rawPath();
    }
}
