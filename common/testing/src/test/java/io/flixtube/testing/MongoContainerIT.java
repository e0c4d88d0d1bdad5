package io.flixtube.testing;

import java.util.UUID;

import com.github.dockerjava.api.DockerClient;
import com.github.dockerjava.api.model.Bind;
import com.github.dockerjava.api.model.ExposedPort;
import com.github.dockerjava.api.model.Ports;
import com.github.dockerjava.api.model.Volume;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import org.bson.Document;
import org.bson.types.ObjectId;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.testcontainers.DockerClientFactory;
import org.testcontainers.containers.GenericContainer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Runs the MongoDB image from {@code FLIXTUBE_MONGO_IMAGE} and talks to it with the real
 * MongoDB driver.
 */
@Tag("containers")
class MongoContainerIT {

    @Test
    void pingReturnsOk() {
        try (GenericContainer<?> mongo = Containers.mongo()) {
            mongo.start();

            try (MongoClient client = MongoClients.create(Containers.mongoConnectionString(mongo))) {
                Document reply = client.getDatabase("admin").runCommand(new Document("ping", 1));

                assertEquals(1.0, reply.get("ok", Number.class).doubleValue(), reply.toJson());
            }
        }
    }

    @Test
    void insertedDocumentIsFoundById() {
        try (GenericContainer<?> mongo = Containers.mongo()) {
            mongo.start();

            try (MongoClient client = MongoClients.create(Containers.mongoConnectionString(mongo))) {
                ObjectId id = new ObjectId();
                videos(client).insertOne(new Document("_id", id).append("videoPath", "a.mp4"));

                Document found = videos(client).find(Filters.eq("_id", id)).first();

                assertNotNull(found, "no document with _id " + id);
                assertEquals("a.mp4", found.getString("videoPath"));
            }
        }
    }

    @Test
    void namedVolumeKeepsDataAcrossRestart() {
        String volume = "flixtube-test-mongo-" + UUID.randomUUID();
        DockerClient docker = DockerClientFactory.instance().client();
        ObjectId id = new ObjectId();
        try {
            try (GenericContainer<?> first = withVolume(Containers.mongo(), volume)) {
                first.start();
                Ports.Binding published = docker.inspectContainerCmd(first.getContainerId()).exec()
                        .getNetworkSettings().getPorts().getBindings()
                        .get(ExposedPort.tcp(Containers.MONGO_PORT))[0];

                assertEquals("127.0.0.1", published.getHostIp());
                try (MongoClient client = MongoClients.create(Containers.mongoConnectionString(first))) {
                    videos(client).insertOne(new Document("_id", id).append("videoPath", "kept.mp4"));
                }
                // docker stop: SIGTERM, then the stand-in saves its data and exits.
                docker.stopContainerCmd(first.getContainerId()).withTimeout(30).exec();
                Long exitCode = docker.inspectContainerCmd(first.getContainerId()).exec()
                        .getState().getExitCodeLong();

                assertEquals(143L, exitCode, first.getLogs());
                assertTrue(first.getLogs().contains("stopped, data saved in /data/db/"),
                        first.getLogs());
            }

            try (GenericContainer<?> second = withVolume(Containers.mongo(), volume)) {
                second.start();
                try (MongoClient client = MongoClients.create(Containers.mongoConnectionString(second))) {
                    Document found = videos(client).find(Filters.eq("_id", id)).first();

                    assertNotNull(found, "the document inserted before the restart is gone");
                    assertEquals("kept.mp4", found.getString("videoPath"));
                }
            }
        } finally {
            docker.removeVolumeCmd(volume).exec();
        }
    }

    private static GenericContainer<?> withVolume(GenericContainer<?> container, String volume) {
        // Chained after Containers.mongo's modifier, which publishes the port on loopback.
        return container.withCreateContainerCmdModifier(command -> command.getHostConfig()
                .withBinds(new Bind(volume, new Volume("/data/db"))));
    }

    private static MongoCollection<Document> videos(MongoClient client) {
        return client.getDatabase("metadata").getCollection("videos");
    }
}
