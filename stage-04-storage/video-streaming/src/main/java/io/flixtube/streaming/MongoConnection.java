package io.flixtube.streaming;

import java.time.Duration;
import java.util.concurrent.TimeUnit;

import com.mongodb.ConnectionString;
import com.mongodb.MongoClientSettings;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import org.bson.Document;

import io.flixtube.common.Settings;
import io.flixtube.common.StartupException;
import io.helidon.config.Config;

/**
 * The MongoDB client of video-streaming and the collection of video documents, from
 * {@code app.mongodb}. Creating it connects to nothing: the driver connects in the background
 * and reconnects by itself after MongoDB restarts.
 *
 * @param client   the driver's client, shared by every request
 * @param database the database {@code app.mongodb.database}
 * @param hosts    the hosts of the URI, for logs; the URI itself may hold a password
 */
public record MongoConnection(MongoClient client, MongoDatabase database, String hosts) {

    /** The collection of video documents, {@code {_id: ObjectId, videoPath: String}}. */
    public static final String COLLECTION = "videos";

    /**
     * Creates the client.
     *
     * @param mongodb the {@code app.mongodb} node
     * @throws StartupException naming the setting when the URI or a timeout is invalid
     */
    public static MongoConnection create(Config mongodb) {
        String uri = Settings.required(mongodb, "uri");
        ConnectionString connectionString;
        try {
            connectionString = new ConnectionString(uri);
        } catch (IllegalArgumentException e) {
            // The driver's message explains the rule; the URI is left out, as it may hold a password.
            throw new StartupException("Invalid MongoDB URI in "
                    + Settings.environmentVariable("app.mongodb.uri") + ": " + e.getMessage(), e);
        }

        Duration timeout = duration(mongodb, "server-selection-timeout", "PT2S");
        Duration readTimeout = duration(mongodb, "read-timeout", "PT5S");

        // A short server selection makes a request fail with 503 in seconds while MongoDB is
        // down, instead of after the driver's default of 30 s. The read timeout does the same
        // for a MongoDB that accepted the connection but stopped responding, which the driver
        // would otherwise wait for without a limit.
        MongoClientSettings settings = MongoClientSettings.builder()
                .applyConnectionString(connectionString)
                .applyToClusterSettings(cluster -> cluster
                        .serverSelectionTimeout(timeout.toMillis(), TimeUnit.MILLISECONDS))
                .applyToSocketSettings(socket -> socket
                        .connectTimeout((int) timeout.toMillis(), TimeUnit.MILLISECONDS)
                        .readTimeout((int) readTimeout.toMillis(), TimeUnit.MILLISECONDS))
                .build();

        MongoClient client = MongoClients.create(settings);
        String database = Settings.required(mongodb, "database");
        return new MongoConnection(client, client.getDatabase(database),
                String.join(",", connectionString.getHosts()));
    }

    // Reads a duration under app.mongodb, naming its variable when it is missing or invalid.
    private static Duration duration(Config mongodb, String key, String example) {
        return mongodb.get(key).as(Duration.class)
                .orElseThrow(() -> new StartupException("Missing or invalid setting app.mongodb."
                        + key + ": set " + Settings.environmentVariable("app.mongodb." + key)
                        + " to an ISO-8601 duration, such as " + example + "."));
    }

    /** Returns the collection of video documents. */
    public MongoCollection<Document> videos() {
        return database.getCollection(COLLECTION);
    }
}
