package io.flixtube.streaming;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;

import com.mongodb.MongoException;

import io.helidon.health.HealthCheck;
import io.helidon.health.HealthCheckResponse;
import io.helidon.health.HealthCheckType;

/**
 * Loads the fixture file of {@code app.fixtures.file} at start, in the background, retrying
 * while MongoDB cannot be reached; until it has loaded, this readiness check is down.
 */
final class FixtureLoader implements HealthCheck {

    private static final System.Logger LOGGER = System.getLogger(FixtureLoader.class.getName());

    private static final int MAX_ATTEMPTS = 30;
    private static final Duration DELAY = Duration.ofSeconds(2);

    private final MongoConnection mongo;
    private final Path file;
    private volatile String state = "loading";
    private volatile boolean loaded;

    FixtureLoader(MongoConnection mongo, Path file) {
        this.mongo = mongo;
        this.file = file;
    }

    /** Starts loading on a virtual thread and returns that thread. */
    Thread loadInBackground() {
        return Thread.ofVirtual().name("fixture-loader").start(this::loadWithRetries);
    }

    @Override
    public HealthCheckType type() {
        return HealthCheckType.READINESS;
    }

    @Override
    public String name() {
        return "fixtures";
    }

    @Override
    public HealthCheckResponse call() {
        return HealthCheckResponse.builder()
                .status(loaded)
                .detail("file", file.toString())
                .detail("state", state)
                .build();
    }

    private void loadWithRetries() {
        for (int attempt = 1; attempt <= MAX_ATTEMPTS; attempt++) {
            try {
                int count = Fixtures.load(mongo.videos(), file);
                LOGGER.log(System.Logger.Level.INFO, "Loaded " + count + " fixture videos from "
                        + file);
                state = "loaded " + count + " videos";
                loaded = true;
                return;
            } catch (IOException | IllegalArgumentException e) {
                // A file that cannot be read or parsed stays so: no retry.
                LOGGER.log(System.Logger.Level.ERROR, "Cannot load fixture file " + file, e);
                state = "failed: " + e.getMessage();
                return;
            } catch (MongoException e) {
                LOGGER.log(System.Logger.Level.WARNING, "Cannot load fixture file " + file
                        + " (attempt " + attempt + " of " + MAX_ATTEMPTS + "), retrying in "
                        + DELAY.toSeconds() + " s: " + e.getMessage());
                state = "retrying: " + e.getMessage();
            }
            try {
                Thread.sleep(DELAY);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
        LOGGER.log(System.Logger.Level.ERROR, "Gave up loading fixture file " + file + " after "
                + MAX_ATTEMPTS + " attempts; restart the service to try again.");
    }
}
