package io.flixtube.streaming;

import com.mongodb.MongoException;
import org.bson.Document;

import io.helidon.health.HealthCheck;
import io.helidon.health.HealthCheckResponse;
import io.helidon.health.HealthCheckType;

/**
 * The readiness check of video-streaming for MongoDB: up while a {@code ping} command succeeds,
 * because without MongoDB no video id can be looked up.
 */
final class MongoCheck implements HealthCheck {

    private static final System.Logger LOGGER = System.getLogger(MongoCheck.class.getName());

    private final MongoConnection mongo;
    // A failure is logged once, when the check changes from up, not on every probe.
    private volatile boolean lastUp = true;

    MongoCheck(MongoConnection mongo) {
        this.mongo = mongo;
    }

    @Override
    public HealthCheckType type() {
        return HealthCheckType.READINESS;
    }

    @Override
    public String name() {
        return "mongodb";
    }

    @Override
    public HealthCheckResponse call() {
        HealthCheckResponse.Builder response = HealthCheckResponse.builder()
                .detail("hosts", mongo.hosts())
                .detail("database", mongo.database().getName());
        try {
            mongo.database().runCommand(new Document("ping", 1));
            lastUp = true;
            return response.status(true).build();
        } catch (MongoException e) {
            if (lastUp) {
                LOGGER.log(System.Logger.Level.WARNING, "MongoDB at " + mongo.hosts()
                        + " is not ready: " + e.getMessage());
            }
            lastUp = false;
            return response.status(false).detail("error", String.valueOf(e.getMessage())).build();
        }
    }
}
