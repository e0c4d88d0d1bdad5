package io.flixtube.streaming;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;

import com.mongodb.MongoException;
import com.mongodb.client.MongoClient;

import io.flixtube.common.StartupException;
import io.helidon.config.Config;
import io.helidon.config.ConfigSources;
import io.helidon.logging.common.LogConfig;

/**
 * Loads a fixture file into video-streaming's collection, idempotently:
 * <pre>
 * java -cp video-streaming/target/stage-04-storage-video-streaming.jar \
 *     io.flixtube.streaming.LoadFixtures mongodb://localhost:27017 fixtures/videos.json
 * </pre>
 * The database is {@code video-streaming}, as in the service; a third argument names another.
 */
public final class LoadFixtures {

    private static final System.Logger LOGGER = System.getLogger(LoadFixtures.class.getName());

    private static final String USAGE = "Usage: LoadFixtures <MongoDB URI> <fixture file>"
            + " [database, default video-streaming]";

    private LoadFixtures() {
    }

    /** Loads the file and exits with status 0, or 1 when it fails, or 2 for wrong arguments. */
    public static void main(String[] args) {
        LogConfig.configureRuntime();
        System.exit(run(args));
    }

    /** Loads the file that the arguments name and returns the exit status. */
    static int run(String... args) {
        if (args.length < 2 || args.length > 3) {
            LOGGER.log(System.Logger.Level.ERROR, USAGE);
            return 2;
        }
        Path file = Path.of(args[1]);
        String database = args.length == 3 ? args[2] : "video-streaming";
        Config mongodb = Config.just(ConfigSources.create(Map.of(
                "uri", args[0],
                "database", database,
                "server-selection-timeout", "PT10S",
                "read-timeout", "PT10S")));
        try {
            MongoConnection mongo = MongoConnection.create(mongodb);
            try (MongoClient client = mongo.client()) {
                int count = Fixtures.load(mongo.videos(), file);
                LOGGER.log(System.Logger.Level.INFO, "Loaded " + count + " videos from " + file
                        + " into " + database + "." + MongoConnection.COLLECTION + " at "
                        + mongo.hosts());
                return 0;
            }
        } catch (IOException | IllegalArgumentException | MongoException | StartupException e) {
            LOGGER.log(System.Logger.Level.ERROR, "Loading " + file + " failed: " + e.getMessage());
            return 1;
        }
    }
}
