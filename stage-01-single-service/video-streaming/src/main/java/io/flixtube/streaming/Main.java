package io.flixtube.streaming;

import java.nio.file.Files;
import java.nio.file.Path;

import io.flixtube.common.ProblemHandling;
import io.flixtube.common.Settings;
import io.flixtube.common.StartupException;
import io.flixtube.common.StartupLog;
import io.helidon.config.Config;
import io.helidon.health.HealthCheckResponse;
import io.helidon.health.HealthCheckType;
import io.helidon.logging.common.LogConfig;
import io.helidon.http.Method;
import io.helidon.webserver.WebServer;
import io.helidon.webserver.http.HttpRouting;
import io.helidon.webserver.observe.ObserveFeature;
import io.helidon.webserver.observe.health.HealthObserver;
import io.helidon.webserver.observe.metrics.MetricsObserver;

/**
 * Starts the video-streaming service: one video over HTTP at {@code /video}.
 */
public final class Main {

    private static final System.Logger LOGGER = System.getLogger(Main.class.getName());

    private Main() {
    }

    /**
     * Starts the server on the configured port; exits with status 1 when a setting is unusable.
     */
    public static void main(String[] args) {
        // Logging: java.util.logging, set up from logging.properties.
        LogConfig.configureRuntime();

        // Configuration: application.yaml, overridden by environment variables.
        Config config = Config.create();

        try {
            // The video is checked now, so that a wrong path stops the service with its setting.
            Path video = videoFile(config);

            WebServer server = WebServer.builder()
                    .config(Settings.server(config))
                    .directHandlers(ProblemHandling::addDirectHandlers)
                    .addFeature(observe(video))
                    .routing(routing -> routing(routing, video))
                    .build()
                    .start();
            StartupLog.started(LOGGER, "video-streaming", server);
        } catch (StartupException e) {
            StartupLog.failed(LOGGER, "video-streaming", e);
        }
    }

    /** Adds the routes: the video, 405 for other methods on it, problem details for errors. */
    static void routing(HttpRouting.Builder routing, Path video) {
        ProblemHandling.register(routing);
        routing.register(new VideoStreamingService(video));
        ProblemHandling.allowOnly(routing, "/video", Method.GET, Method.HEAD);
    }

    /**
     * Returns the video file from the {@code app.video.path} setting.
     *
     * @throws StartupException when the file is missing, not a regular file or unreadable
     */
    static Path videoFile(Config config) {
        return Settings.readableFile(config, "app.video.path", Main.class);
    }

    /** Returns health and metrics endpoints under /observe; ready means the video is readable. */
    static ObserveFeature observe(Path video) {
        HealthObserver health = HealthObserver.builder()
                .useSystemServices(true)
                .details(true)
                .addCheck(() -> HealthCheckResponse.builder()
                        .status(Files.isReadable(video))
                        .detail("video", video.toString())
                        .build(), HealthCheckType.READINESS, "video-file")
                .build();
        return ObserveFeature.builder()
                .addObserver(health)
                .addObserver(MetricsObserver.create())
                .build();
    }
}
