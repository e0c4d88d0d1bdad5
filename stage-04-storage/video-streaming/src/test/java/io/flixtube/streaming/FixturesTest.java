package io.flixtube.streaming;

import java.nio.file.Files;
import java.nio.file.Path;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import org.bson.Document;
import org.bson.types.ObjectId;

import io.flixtube.standin.mongo.MongoStandin;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Loading the stage's fixture file into a MongoDB stand-in, by the API and by the
 * {@code LoadFixtures} command.
 */
class FixturesTest {

    @TempDir
    Path folder;

    private MongoStandin mongo;
    private MongoConnection connection;

    @BeforeEach
    void start() {
        mongo = MongoStandin.start(0, null);
        connection = TestVideos.connect(mongo.connectionString());
    }

    @AfterEach
    void stop() {
        connection.client().close();
        mongo.close();
    }

    @Test
    void fixtureFileHasTwoVideosWithTheirPaths() throws Exception {
        assertEquals(2, Fixtures.load(connection.videos(), TestVideos.FIXTURE_FILE));
        VideoPaths paths = new VideoPaths(connection.videos());
        assertEquals("sample.mp4", paths.find(TestVideos.SAMPLE_ID));
        assertEquals("second.webm", paths.find(TestVideos.SECOND_ID));
    }

    @Test
    void loadingTwiceKeepsOneDocumentPerId() throws Exception {
        Fixtures.load(connection.videos(), TestVideos.FIXTURE_FILE);
        Fixtures.load(connection.videos(), TestVideos.FIXTURE_FILE);
        assertEquals(2, connection.videos().countDocuments());
    }

    @Test
    void loadingReplacesAChangedDocument() throws Exception {
        MongoCollection<Document> videos = connection.videos();
        videos.insertOne(new Document("_id", new ObjectId(TestVideos.SAMPLE_ID))
                .append("videoPath", "old.mp4")
                .append("extra", true));
        Fixtures.load(videos, TestVideos.FIXTURE_FILE);
        Document sample = videos.find(Filters.eq("_id", new ObjectId(TestVideos.SAMPLE_ID))).first();
        assertEquals("sample.mp4", sample.getString("videoPath"));
        assertEquals(false, sample.containsKey("extra"));
    }

    @Test
    void commandLoadsTheFileIntoVideoStreaming() {
        assertEquals(0, LoadFixtures.run(mongo.connectionString(), TestVideos.FIXTURE_FILE.toString()));
        assertEquals(2, connection.videos().countDocuments());
    }

    @Test
    void commandWithoutFileReturnsUsageStatus() {
        assertEquals(2, LoadFixtures.run(mongo.connectionString()));
    }

    @Test
    void commandWithMissingFileFails() {
        assertEquals(1, LoadFixtures.run(mongo.connectionString(), folder.resolve("none.json").toString()));
    }

    @Test
    void objectInsteadOfArrayIsRejected() throws Exception {
        Path file = Files.writeString(folder.resolve("object.json"), "{\"videoPath\": \"a.mp4\"}");
        IllegalArgumentException failure = assertThrows(IllegalArgumentException.class,
                () -> Fixtures.read(file));
        assertTrue(failure.getMessage().contains(file.toString()), failure.getMessage());
    }

    @Test
    void documentWithoutIdIsRejected() throws Exception {
        Path file = Files.writeString(folder.resolve("no-id.json"),
                "[{\"_id\": 1, \"videoPath\": \"a.mp4\"}, {\"videoPath\": \"b.mp4\"}]");
        IllegalArgumentException failure = assertThrows(IllegalArgumentException.class,
                () -> Fixtures.read(file));
        assertTrue(failure.getMessage().contains("element 2"), failure.getMessage());
    }
}
