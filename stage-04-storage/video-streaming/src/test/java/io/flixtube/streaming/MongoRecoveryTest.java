package io.flixtube.streaming;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Optional;

import com.mongodb.client.MongoClient;

import io.flixtube.standin.mongo.MongoStandin;
import io.helidon.webserver.WebServer;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * MongoDB stops and comes back on the same port while video-streaming runs: requests get 503
 * meanwhile, and the first request after the return succeeds, with no restart of the service.
 */
class MongoRecoveryTest {

    // The stand-ins keep their data in memory, and the second is loaded again: reopening an H2
    // data file fails in a JVM that runs Helidon, whose serialization filter rejects the
    // classes that H2 deserializes.
    @Test
    void serviceRecoversWhenMongoReturns() throws Exception {
        int port = MongoDownTest.freePort();
        MongoStandin mongo = MongoStandin.start(port, null);
        MongoConnection connection = TestVideos.connect(mongo.connectionString());
        Fixtures.load(connection.videos(), TestVideos.FIXTURE_FILE);
        WebServer server = WebServer.builder()
                .port(0)
                .routing(routing -> Main.routing(routing, new VideoPaths(connection.videos()),
                        FakeVideoStorage.client()))
                .addFeature(Main.observe(FakeVideoStorage.client(), connection, Optional.empty()))
                .build()
                .start();
        try (HttpClient http = HttpClient.newHttpClient()) {
            URI video = URI.create("http://localhost:" + server.port() + "/video?id="
                    + TestVideos.SAMPLE_ID);
            URI ready = URI.create("http://localhost:" + server.port() + "/observe/health/ready");
            assertEquals(200, status(http, video));

            mongo.close();
            assertEquals(503, status(http, video));
            assertEquals(503, status(http, ready));

            mongo = MongoStandin.start(port, null);
            try (MongoClient loader = TestVideos.connect(mongo.connectionString()).client()) {
                Fixtures.load(loader.getDatabase("video-streaming").getCollection("videos"),
                        TestVideos.FIXTURE_FILE);
            }
            assertEquals(200, status(http, video));
            assertEquals(200, status(http, ready));
        } finally {
            server.stop();
            connection.client().close();
            mongo.close();
        }
    }

    private static int status(HttpClient http, URI uri) throws Exception {
        return http.send(HttpRequest.newBuilder(uri).build(), HttpResponse.BodyHandlers.discarding())
                .statusCode();
    }
}
