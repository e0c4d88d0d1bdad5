package io.flixtube.standin.mongo;

import java.net.ServerSocket;
import java.nio.file.Path;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import org.bson.Document;
import org.bson.types.ObjectId;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Runs the stand-in in this JVM and talks to it with the real MongoDB driver.
 */
class MongoStandinTest {

    @TempDir
    Path folder;

    @Test
    void insertedDocumentIsFoundById() {
        try (MongoStandin standin = MongoStandin.start(0, null);
             MongoClient client = MongoClients.create(standin.connectionString())) {
            MongoCollection<Document> videos = videos(client);
            ObjectId id = new ObjectId();
            videos.insertOne(new Document("_id", id).append("videoPath", "sample.mp4"));

            Document found = videos.find(Filters.eq("_id", id)).first();

            assertNotNull(found, "no document with _id " + id);
            assertEquals("sample.mp4", found.getString("videoPath"));
        }
    }

    @Test
    void pingCommandReturnsOk() {
        try (MongoStandin standin = MongoStandin.start(0, null);
             MongoClient client = MongoClients.create(standin.connectionString())) {
            Document reply = client.getDatabase("admin").runCommand(new Document("ping", 1));

            assertEquals(1.0, reply.get("ok", Number.class).doubleValue(), reply.toJson());
        }
    }

    @Test
    void dataSurvivesRestartWithSameFile() {
        Path dataFile = folder.resolve("mongo.mv.db");
        ObjectId id = new ObjectId();
        try (MongoStandin standin = MongoStandin.start(0, dataFile);
             MongoClient client = MongoClients.create(standin.connectionString())) {
            videos(client).insertOne(new Document("_id", id).append("videoPath", "kept.mp4"));
        }

        try (MongoStandin standin = MongoStandin.start(0, dataFile);
             MongoClient client = MongoClients.create(standin.connectionString())) {
            Document found = videos(client).find(Filters.eq("_id", id)).first();

            assertNotNull(found, "the document inserted before the restart is gone");
            assertEquals("kept.mp4", found.getString("videoPath"));
            assertEquals(dataFile, standin.dataFile().orElseThrow());
        }
    }

    @Test
    void secondStandinOnSameFileIsRejected() {
        Path dataFile = folder.resolve("locked.mv.db");
        try (MongoStandin first = MongoStandin.start(0, dataFile)) {
            MongoStandinException e = assertThrows(MongoStandinException.class,
                    () -> MongoStandin.start(0, dataFile).close());

            assertEquals(MongoStandinException.Kind.DATA_FILE, e.kind());
            assertTrue(e.getMessage().contains(dataFile.toString()), e.getMessage());
        }
    }

    @Test
    void takenPortIsRejected() throws Exception {
        try (ServerSocket taken = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            MongoStandinException e = assertThrows(MongoStandinException.class,
                    () -> MongoStandin.start(taken.getLocalPort(), null).close());

            assertEquals(MongoStandinException.Kind.ADDRESS, e.kind());
            assertTrue(e.getMessage().contains(":" + taken.getLocalPort()), e.getMessage());
        }
    }

    @Test
    void connectionStringNamesLoopbackAndPort() {
        try (MongoStandin standin = MongoStandin.start(0, null)) {
            assertTrue(standin.port() > 0, "port " + standin.port());
            assertEquals("mongodb://127.0.0.1:" + standin.port(), standin.connectionString());
            assertTrue(standin.dataFile().isEmpty(), "an in-memory stand-in has no data file");
        }
    }

    @Test
    void wildcardAddressConnectsThroughLocalhost() {
        try (MongoStandin standin = MongoStandin.start("0.0.0.0", 0, null)) {
            assertEquals("mongodb://localhost:" + standin.port(), standin.connectionString());
        }
    }

    private static MongoCollection<Document> videos(MongoClient client) {
        return client.getDatabase("metadata").getCollection("videos");
    }
}
