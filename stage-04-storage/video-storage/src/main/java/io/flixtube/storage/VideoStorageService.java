package io.flixtube.storage;

import java.io.IOException;
import java.io.OutputStream;
import java.util.Optional;

import io.flixtube.common.ByteRange;
import io.helidon.http.HeaderNames;
import io.helidon.http.Method;
import io.helidon.http.ServerResponseHeaders;
import io.helidon.http.Status;
import io.helidon.webserver.http.HttpRules;
import io.helidon.webserver.http.HttpService;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;

/**
 * Serves stored videos at {@code GET /video?id=}, whole or as the single byte range that a
 * Range header requests, with the content type the backend stores.
 */
public final class VideoStorageService implements HttpService {

    private final VideoStorage storage;

    /** Creates the service over a storage backend. */
    public VideoStorageService(VideoStorage storage) {
        this.storage = storage;
    }

    @Override
    public void routing(HttpRules rules) {
        rules.route(Method.GET, "/video", this::streamVideo)
                .route(Method.HEAD, "/video", this::streamVideo);
    }

    /**
     * Sends the video, or the requested range of it with 206; HEAD gets the same headers and
     * no body.
     */
    private void streamVideo(ServerRequest request, ServerResponse response) throws IOException {
        String id = VideoId.validate(request.query().first("id").orElse(null));
        StoredVideo video = storage.find(id);
        String rangeHeader = request.headers().first(HeaderNames.RANGE).orElse(null);
        Optional<ByteRange> range = ByteRange.parse(rangeHeader, video.size());

        ServerResponseHeaders headers = response.headers();
        headers.set(HeaderNames.CONTENT_TYPE, video.contentType());
        headers.set(HeaderNames.ACCEPT_RANGES, "bytes");
        long first = 0;
        long length = video.size();
        if (range.isPresent()) {
            response.status(Status.PARTIAL_CONTENT_206);
            headers.set(HeaderNames.CONTENT_RANGE, range.get().contentRange());
            first = range.get().first();
            length = range.get().length();
        }
        headers.contentLength(length);

        if (request.prologue().method() == Method.HEAD) {
            response.send();
            return;
        }
        try (OutputStream body = response.outputStream()) {
            storage.copy(video, first, length, body);
        }
    }
}
