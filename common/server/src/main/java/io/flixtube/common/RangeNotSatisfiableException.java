package io.flixtube.common;

import io.helidon.http.HeaderNames;
import io.helidon.http.Status;
import io.helidon.webserver.http.ServerResponse;

/**
 * Thrown for a Range header that no byte of the representation satisfies. It is sent as 416
 * with {@code Content-Range: bytes *}{@code /size}, as RFC 9110 section 15.5.17 requires.
 */
public class RangeNotSatisfiableException extends ProblemException {

    private final long size;

    /** Creates the exception for the given Range header value and representation size. */
    public RangeNotSatisfiableException(String range, long size) {
        super(Problem.of(Status.REQUESTED_RANGE_NOT_SATISFIABLE_416,
                "Range " + Problem.quote(range) + " does not overlap the " + size
                        + " bytes of the video."));
        this.size = size;
    }

    /** Returns the size of the representation, in bytes. */
    public long size() {
        return size;
    }

    @Override
    public void send(ServerResponse response) {
        problem().send(response, headers -> headers.set(HeaderNames.CONTENT_RANGE, "bytes */" + size));
    }
}
