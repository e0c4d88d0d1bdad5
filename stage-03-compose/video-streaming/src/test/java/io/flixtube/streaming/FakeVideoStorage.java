package io.flixtube.streaming;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;
import java.util.Optional;

import io.flixtube.common.ByteRange;
import io.flixtube.common.Problem;
import io.flixtube.common.ProblemException;
import io.flixtube.common.ProblemHandling;
import io.helidon.config.Config;
import io.helidon.config.ConfigSources;
import io.helidon.http.HeaderNames;
import io.helidon.http.Method;
import io.helidon.http.Status;
import io.helidon.webclient.http1.Http1Client;
import io.helidon.webserver.WebServer;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;

/**
 * A stand-in for video-storage on a free port, with the same responses for the cases that the
 * tests need: the sample video with ranges, 404 for an unknown id, 400 for an id with a slash,
 * 500 for the id {@code broken.mp4} and 503 for {@code unavailable.mp4}.
 */
final class FakeVideoStorage {

    /** The sample video of the repository; tests run in the module's folder. */
    static final Path SAMPLE = Path.of("../../videos/sample.mp4").toAbsolutePath().normalize();

    /** The id under which the fake serves the sample. */
    static final String SAMPLE_ID = "sample.mp4";

    private static final WebServer SERVER = WebServer.builder()
            .port(0)
            .routing(routing -> {
                ProblemHandling.register(routing);
                routing.get("/video", FakeVideoStorage::serve)
                        .head("/video", FakeVideoStorage::serve)
                        .get("/observe/health/ready", (request, response) -> response.send("UP"));
            })
            .build()
            .start();

    private static volatile String lastId;

    private FakeVideoStorage() {
    }

    /** Returns a client for the fake, configured as the service configures its own. */
    static Http1Client client() {
        return Main.videoStorageClient(URI.create("http://localhost:" + SERVER.port()),
                Config.just(ConfigSources.create(Map.of("read-timeout", "PT5S"))));
    }

    /** Returns the id of the last video request that reached the fake. */
    static String lastId() {
        return lastId;
    }

    /** Returns bytes {@code first} to {@code last} of the sample video, both inclusive. */
    static byte[] bytes(long first, long last) {
        return Arrays.copyOfRange(bytes(), (int) first, (int) last + 1);
    }

    /** Returns the whole sample video. */
    static byte[] bytes() {
        try {
            return Files.readAllBytes(SAMPLE);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void serve(ServerRequest request, ServerResponse response) {
        String id = request.query().first("id").orElse("");
        lastId = id;
        if (id.contains("/")) {
            throw new ProblemException(Problem.badRequest("Invalid video id '" + id + "'."));
        }
        if (id.equals("unavailable.mp4")) {
            response.status(Status.SERVICE_UNAVAILABLE_503).send("unavailable");
            return;
        }
        if (id.equals("broken.mp4")) {
            response.status(Status.INTERNAL_SERVER_ERROR_500).send("broken");
            return;
        }
        if (!id.equals(SAMPLE_ID)) {
            throw new ProblemException(Problem.notFound("No video with id '" + id + "'."));
        }
        byte[] video = bytes();
        Optional<ByteRange> range = ByteRange.parse(
                request.headers().first(HeaderNames.RANGE).orElse(null), video.length);
        response.headers().set(HeaderNames.CONTENT_TYPE, "video/mp4");
        response.headers().set(HeaderNames.ACCEPT_RANGES, "bytes");
        byte[] body = video;
        if (range.isPresent()) {
            response.status(Status.PARTIAL_CONTENT_206);
            response.headers().set(HeaderNames.CONTENT_RANGE, range.get().contentRange());
            body = bytes(range.get().first(), range.get().last());
        }
        response.headers().contentLength(body.length);
        if (request.prologue().method() == Method.HEAD) {
            response.send();
        } else {
            response.send(body);
        }
    }
}
