package io.flixtube.storage;

import java.nio.file.Files;
import java.nio.file.Path;

import io.flixtube.common.ProblemHandling;
import io.flixtube.common.Settings;
import io.flixtube.common.StartupException;
import io.flixtube.common.StartupLog;
import io.helidon.config.Config;
import io.helidon.health.HealthCheckResponse;
import io.helidon.health.HealthCheckType;
import io.helidon.http.Method;
import io.helidon.logging.common.LogConfig;
import io.helidon.webserver.WebServer;
import io.helidon.webserver.http.HttpRouting;
import io.helidon.webserver.observe.ObserveFeature;
import io.helidon.webserver.observe.health.HealthObserver;
import io.helidon.webserver.observe.metrics.MetricsObserver;

/**
 * Starts the video-storage service: the stored videos over HTTP at {@code /video?id=}.
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
            // The backend is checked now, so that a wrong setting stops the service by name.
            VideoStorage storage = storage(config);

            WebServer server = WebServer.builder()
                    .config(Settings.server(config))
                    .directHandlers(ProblemHandling::addDirectHandlers)
                    .addFeature(observe(storage))
                    .routing(routing -> routing(routing, storage))
                    .build()
                    .start();
            StartupLog.started(LOGGER, "video-storage", server);
            LOGGER.log(System.Logger.Level.INFO, "Serving videos from " + storage.location());
        } catch (StartupException e) {
            StartupLog.failed(LOGGER, "video-storage", e);
        }
    }

    /** Adds the routes: the videos, 405 for other methods on them, problem details for errors. */
    static void routing(HttpRouting.Builder routing, VideoStorage storage) {
        ProblemHandling.register(routing);
        routing.register(new VideoStorageService(storage));
        ProblemHandling.allowOnly(routing, "/video", Method.GET, Method.HEAD);
    }

    /**
     * Returns the disk backend over the folder that {@code app.storage.directory} names.
     *
     * @throws StartupException when the folder is missing or unreadable
     */
    static VideoStorage storage(Config config) {
        Path directory = Settings.path(config, "app.storage.directory", Main.class);
        if (!Files.isDirectory(directory) || !Files.isReadable(directory)) {
            throw new StartupException("Video folder " + directory + " is missing or unreadable:"
                    + " set " + Settings.environmentVariable("app.storage.directory")
                    + " (app.storage.directory) to a readable folder.");
        }
        return new DiskVideoStorage(directory);
    }

    /** Returns health and metrics endpoints under /observe; ready means the backend can serve. */
    static ObserveFeature observe(VideoStorage storage) {
        HealthObserver health = HealthObserver.builder()
                .useSystemServices(true)
                .details(true)
                .addCheck(() -> HealthCheckResponse.builder()
                        .status(storage.isReady())
                        .detail("location", storage.location())
                        .build(), HealthCheckType.READINESS, "video-storage")
                .build();
        return ObserveFeature.builder()
                .addObserver(health)
                .addObserver(MetricsObserver.create())
                .build();
    }
}
