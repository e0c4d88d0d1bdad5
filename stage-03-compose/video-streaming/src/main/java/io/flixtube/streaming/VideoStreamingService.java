package io.flixtube.streaming;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.List;

import io.flixtube.common.Problem;
import io.flixtube.common.ProblemException;
import io.helidon.http.HeaderName;
import io.helidon.http.HeaderNames;
import io.helidon.http.Method;
import io.helidon.http.Status;
import io.helidon.webclient.http1.Http1Client;
import io.helidon.webclient.http1.Http1ClientRequest;
import io.helidon.webclient.http1.Http1ClientResponse;
import io.helidon.webserver.http.HttpRules;
import io.helidon.webserver.http.HttpService;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;

/**
 * Streams videos at {@code GET /video?id=} from video-storage. The Range header goes to
 * video-storage, and its status, range headers and body come back as they are.
 */
public final class VideoStreamingService implements HttpService {

    private static final System.Logger LOGGER =
            System.getLogger(VideoStreamingService.class.getName());

    // Headers of video-storage's response that describe the body, passed on unchanged.
    private static final List<HeaderName> PASSED_HEADERS = List.of(HeaderNames.CONTENT_TYPE,
            HeaderNames.CONTENT_LENGTH, HeaderNames.CONTENT_RANGE, HeaderNames.ACCEPT_RANGES);

    // The body is read in pieces of 8 KB. For each read, a Helidon 4.5 WebClient response
    // stream allocates a new array of the requested length and fills it from one socket read of
    // 8 KB at most (ReadableEntityBase, PlainSocket), so larger requests only allocate more.
    // The pieces are gathered into a larger buffer, so that the server writes less often.
    private static final int READ_SIZE = 8 * 1024;
    private static final int WRITE_SIZE = 256 * 1024;

    private final Http1Client videoStorage;

    /** Creates the service over a client whose base URI is video-storage's. */
    public VideoStreamingService(Http1Client videoStorage) {
        this.videoStorage = videoStorage;
    }

    @Override
    public void routing(HttpRules rules) {
        rules.route(Method.GET, "/video", this::streamVideo)
                .route(Method.HEAD, "/video", this::streamVideo);
    }

    /**
     * Sends what video-storage sends for the id and Range: the video, a range of it, or its
     * problem details; HEAD gets the headers only.
     */
    private void streamVideo(ServerRequest request, ServerResponse response) throws IOException {
        String id = request.query().first("id").orElse("");
        if (id.isEmpty()) {
            throw new ProblemException(Problem.badRequest(
                    "Missing query parameter id: ask for /video?id=<video id>, such as sample.mp4."));
        }
        Method method = request.prologue().method();
        Http1ClientRequest forward = videoStorage.method(method)
                .path("/video")
                .queryParam("id", id);
        request.headers().first(HeaderNames.RANGE)
                .ifPresent(range -> forward.header(HeaderNames.RANGE, range));

        try (Http1ClientResponse stored = send(forward, id)) {
            if (stored.status().family() == Status.Family.SERVER_ERROR) {
                // 503 means that video-storage's own dependency is down, so the video may come
                // back by itself. Any other server error means video-storage failed.
                boolean unavailable = stored.status() == Status.SERVICE_UNAVAILABLE_503;
                String detail = "video-storage returned " + stored.status().code()
                        + " for video " + Problem.quote(id) + ".";
                LOGGER.log(System.Logger.Level.WARNING, detail);
                throw new ProblemException(unavailable
                        ? Problem.serviceUnavailable(detail)
                        : Problem.badGateway(detail));
            }
            response.status(stored.status());
            for (HeaderName name : PASSED_HEADERS) {
                stored.headers().first(name).ifPresent(value -> response.headers().set(name, value));
            }
            if (method == Method.HEAD) {
                response.send();
                return;
            }
            copyBody(stored, response, id);
        }
    }

    private static Http1ClientResponse send(Http1ClientRequest forward, String id) {
        try {
            return forward.request();
        } catch (UncheckedIOException e) {
            throw new ProblemException(Problem.serviceUnavailable("video-storage cannot be"
                    + " reached for video '" + id + "': " + e.getCause().getMessage()), e);
        }
    }

    // Once the headers are out, a failure can only cut the response short, so it is logged.
    private static void copyBody(Http1ClientResponse stored, ServerResponse response, String id)
            throws IOException {
        try (InputStream in = stored.inputStream(); OutputStream out = response.outputStream()) {
            byte[] buffer = new byte[WRITE_SIZE];
            int filled = 0;
            int read;
            while ((read = in.read(buffer, filled, Math.min(READ_SIZE, buffer.length - filled))) > 0) {
                filled += read;
                if (filled == buffer.length) {
                    out.write(buffer, 0, filled);
                    filled = 0;
                }
            }
            out.write(buffer, 0, filled);
        } catch (IOException | UncheckedIOException e) {
            LOGGER.log(System.Logger.Level.WARNING, "Streaming video " + id
                    + " stopped before its end", e);
            throw e;
        }
    }
}
