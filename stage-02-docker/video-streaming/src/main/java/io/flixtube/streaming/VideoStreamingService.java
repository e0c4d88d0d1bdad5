package io.flixtube.streaming;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
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
 * Streams one video file at {@code GET /video}, whole or as the single byte range that a Range
 * header asks for, so that a browser can seek.
 */
public final class VideoStreamingService implements HttpService {

    private static final int BUFFER_SIZE = 64 * 1024;

    private final Path video;

    /** Creates the service for a video file that exists and is readable. */
    public VideoStreamingService(Path video) {
        this.video = video;
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
        long size = Files.size(video);
        String rangeHeader = request.headers().first(HeaderNames.RANGE).orElse(null);
        Optional<ByteRange> range = ByteRange.parse(rangeHeader, size);

        ServerResponseHeaders headers = response.headers();
        headers.set(HeaderNames.CONTENT_TYPE, "video/mp4");
        headers.set(HeaderNames.ACCEPT_RANGES, "bytes");
        long first = 0;
        long length = size;
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
        try (FileChannel channel = FileChannel.open(video);
             OutputStream body = response.outputStream()) {
            copy(channel, first, length, body);
        }
    }

    private void copy(FileChannel channel, long first, long length, OutputStream body)
            throws IOException {
        byte[] buffer = new byte[BUFFER_SIZE];
        long position = first;
        long end = first + length;
        while (position < end) {
            int chunk = (int) Math.min(buffer.length, end - position);
            int read = channel.read(ByteBuffer.wrap(buffer, 0, chunk), position);
            if (read < 0) {
                throw new IOException("Video file " + video + " ended at byte " + position
                        + ", before the " + end + " bytes its size promised");
            }
            body.write(buffer, 0, read);
            position += read;
        }
    }
}
