package io.flixtube.streaming;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Map;

import com.mongodb.client.MongoCollection;
import org.bson.Document;
import org.bson.types.ObjectId;

import io.flixtube.standin.mongo.MongoStandin;
import io.helidon.config.Config;
import io.helidon.config.ConfigSources;

/**
 * The video documents of the tests, in a MongoDB-compatible stand-in that runs in this JVM:
 * the stage's fixture file, plus documents whose paths video-storage rejects or lacks.
 */
final class TestVideos {

    /** The stage's fixture file; tests run in the module's folder. */
    static final Path FIXTURE_FILE = Path.of("../fixtures/videos.json").toAbsolutePath().normalize();

    /** The fixture video whose path is {@code sample.mp4}. */
    static final String SAMPLE_ID = "65a1f0c2e4b0a1b2c3d4e501";
    /** The fixture video whose path is {@code second.webm}. */
    static final String SECOND_ID = "65a1f0c2e4b0a1b2c3d4e502";
    /** A video whose path video-storage does not have. */
    static final String MISSING_FILE_ID = "65a1f0c2e4b0a1b2c3d4e5f1";
    /** A video whose path makes video-storage fail with 500. */
    static final String BROKEN_ID = "65a1f0c2e4b0a1b2c3d4e5f2";
    /** A video whose file video-storage cannot serve for now: 503. */
    static final String UNAVAILABLE_ID = "65a1f0c2e4b0a1b2c3d4e5f5";
    /** A video whose path video-storage rejects as an invalid id. */
    static final String BAD_PATH_ID = "65a1f0c2e4b0a1b2c3d4e5f3";
    /** A document with no videoPath at all. */
    static final String NO_PATH_ID = "65a1f0c2e4b0a1b2c3d4e5f4";
    /** A valid ObjectId that no document has. */
    static final String UNKNOWN_ID = "65a1f0c2e4b0a1b2c3d4e5ff";

    private static final MongoStandin STANDIN = MongoStandin.start(0, null);
    private static final MongoConnection MONGO = connect(STANDIN.connectionString());

    static {
        try {
            Fixtures.load(MONGO.videos(), FIXTURE_FILE);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        MongoCollection<Document> videos = MONGO.videos();
        videos.insertOne(video(MISSING_FILE_ID).append("videoPath", "missing.mp4"));
        videos.insertOne(video(BROKEN_ID).append("videoPath", "broken.mp4"));
        videos.insertOne(video(UNAVAILABLE_ID).append("videoPath", "unavailable.mp4"));
        videos.insertOne(video(BAD_PATH_ID).append("videoPath", "../secret.txt"));
        videos.insertOne(video(NO_PATH_ID));
    }

    private TestVideos() {
    }

    /** Returns the connection to the stand-in that contains the test videos. */
    static MongoConnection mongo() {
        return MONGO;
    }

    /** Returns the lookup over the test videos. */
    static VideoPaths videoPaths() {
        return new VideoPaths(MONGO.videos());
    }

    /** Returns a connection with the service's settings, to the database video-streaming. */
    static MongoConnection connect(String uri) {
        return MongoConnection.create(Config.just(ConfigSources.create(Map.of(
                "uri", uri,
                "database", "video-streaming",
                "server-selection-timeout", "PT2S",
                "read-timeout", "PT5S"))));
    }

    private static Document video(String id) {
        return new Document("_id", new ObjectId(id));
    }
}
