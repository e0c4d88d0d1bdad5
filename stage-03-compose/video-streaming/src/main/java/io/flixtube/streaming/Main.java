package io.flixtube.streaming;

import java.net.URI;

import io.flixtube.common.ProblemHandling;
import io.flixtube.common.Settings;
import io.flixtube.common.StartupException;
import io.flixtube.common.StartupLog;
import io.helidon.config.Config;
import io.helidon.http.Method;
import io.helidon.logging.common.LogConfig;
import io.helidon.webclient.api.Proxy;
import io.helidon.webclient.http1.Http1Client;
import io.helidon.webserver.WebServer;
import io.helidon.webserver.http.HttpRouting;
import io.helidon.webserver.observe.ObserveFeature;
import io.helidon.webserver.observe.health.HealthObserver;
import io.helidon.webserver.observe.metrics.MetricsObserver;

/**
 * Starts the video-streaming service: videos from video-storage over HTTP at
 * {@code /video?id=}.
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
            // The client only checks its settings; video-storage may start later than this.
            Http1Client videoStorage = videoStorageClient(config);

            WebServer server = WebServer.builder()
                    .config(Settings.server(config))
                    .directHandlers(ProblemHandling::addDirectHandlers)
                    .addFeature(observe(videoStorage))
                    .routing(routing -> routing(routing, videoStorage))
                    .build()
                    .start();
            StartupLog.started(LOGGER, "video-streaming", server);
            LOGGER.log(System.Logger.Level.INFO, "Streaming videos from video-storage at "
                    + videoStorage.prototype().baseUri().orElseThrow());
        } catch (StartupException e) {
            StartupLog.failed(LOGGER, "video-streaming", e);
        }
    }

    /** Adds the routes: the videos, 405 for other methods on them, problem details for errors. */
    static void routing(HttpRouting.Builder routing, Http1Client videoStorage) {
        ProblemHandling.register(routing);
        routing.register(new VideoStreamingService(videoStorage));
        ProblemHandling.allowOnly(routing, "/video", Method.GET, Method.HEAD);
    }

    /**
     * Returns an HTTP client for video-storage at {@code app.video-storage.host} and
     * {@code .port}, with the timeouts of {@code app.video-storage.client}.
     *
     * @throws StartupException when the host or port is missing or invalid
     */
    static Http1Client videoStorageClient(Config config) {
        String host = Settings.required(config, "app.video-storage.host");
        String port = Settings.required(config, "app.video-storage.port");
        URI uri;
        try {
            uri = new URI("http", null, host, Integer.parseInt(port), null, null, null);
        } catch (NumberFormatException | java.net.URISyntaxException e) {
            throw new StartupException("Invalid video-storage address " + host + ":" + port
                    + ": set " + Settings.environmentVariable("app.video-storage.host") + " to a"
                    + " host name and " + Settings.environmentVariable("app.video-storage.port")
                    + " to a port number.");
        }
        return videoStorageClient(uri, config.get("app.video-storage.client"));
    }

    /** Returns an HTTP client for video-storage at a base URI, such as a test server's. */
    static Http1Client videoStorageClient(URI uri, Config clientConfig) {
        // Service-to-service calls never go through an HTTP proxy set for the machine.
        return Http1Client.builder()
                .config(clientConfig)
                .baseUri(uri)
                .proxy(Proxy.noProxy())
                .build();
    }

    /** Returns health and metrics endpoints under /observe; ready means video-storage is. */
    static ObserveFeature observe(Http1Client videoStorage) {
        HealthObserver health = HealthObserver.builder()
                .useSystemServices(true)
                .details(true)
                .addCheck(new VideoStorageCheck(videoStorage))
                .build();
        return ObserveFeature.builder()
                .addObserver(health)
                .addObserver(MetricsObserver.create())
                .build();
    }
}
