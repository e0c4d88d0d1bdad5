package io.flixtube.streaming;

import java.io.UncheckedIOException;

import io.helidon.health.HealthCheck;
import io.helidon.health.HealthCheckResponse;
import io.helidon.health.HealthCheckType;
import io.helidon.http.Status;
import io.helidon.webclient.http1.Http1Client;
import io.helidon.webclient.http1.Http1ClientResponse;

/**
 * The readiness check of video-streaming: up while video-storage reports itself ready, because
 * without it no video can be streamed.
 */
final class VideoStorageCheck implements HealthCheck {

    private final Http1Client videoStorage;

    VideoStorageCheck(Http1Client videoStorage) {
        this.videoStorage = videoStorage;
    }

    @Override
    public HealthCheckType type() {
        return HealthCheckType.READINESS;
    }

    @Override
    public String name() {
        return "video-storage";
    }

    @Override
    public HealthCheckResponse call() {
        String address = videoStorage.prototype().baseUri().orElseThrow().toString();
        HealthCheckResponse.Builder response = HealthCheckResponse.builder()
                .detail("address", address);
        try (Http1ClientResponse ready = videoStorage.get("/observe/health/ready").request()) {
            return response.status(ready.status() == Status.OK_200)
                    .detail("status", ready.status().code())
                    .build();
        } catch (UncheckedIOException e) {
            return response.status(false)
                    .detail("error", String.valueOf(e.getCause().getMessage()))
                    .build();
        }
    }
}
