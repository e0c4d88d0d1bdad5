package io.flixtube.testing;

import java.util.Arrays;

import com.github.dockerjava.api.model.ExposedPort;
import com.github.dockerjava.api.model.PortBinding;
import com.github.dockerjava.api.model.Ports;
import org.testcontainers.containers.GenericContainer;
import org.testcontainers.containers.wait.strategy.Wait;
import org.testcontainers.utility.DockerImageName;

/**
 * Creates Testcontainers containers for the infrastructure of stage 04 and later: Azurite for
 * Azure Blob Storage and a MongoDB server. The images come from environment variables, which
 * {@code eval "$(.ci/containers)"} exports with the local stand-ins ({@code FLIXTUBE_AZURITE_IMAGE},
 * {@code FLIXTUBE_MONGO_IMAGE}); CI always sets them.
 *
 * <p>The containers are not started. A test starts and closes them, and may add a network
 * and an alias so that service containers reach them by name. Tests that use them are
 * {@code *IT} classes tagged {@code @Tag("containers")}, which {@code mvn verify -Pcontainers}
 * runs:
 * <pre>{@code
 * class VideoStorageIT {
 *     @Test
 *     void uploadedVideoIsStored() {
 *         try (GenericContainer<?> azurite = Containers.azurite()) {
 *             azurite.start();
 *             String connection = Containers.azuriteConnectionString(azurite);
 *             ...
 *         }
 *     }
 * }
 * }</pre>
 *
 * <p>Ports are published on 127.0.0.1 only, each on a free port that Docker picks; read it
 * with {@code getMappedPort}. The helpers wait until the service's port accepts connections.
 */
public final class Containers {

    /** The environment variable that names the Azurite image. */
    public static final String AZURITE_IMAGE_VARIABLE = "FLIXTUBE_AZURITE_IMAGE";
    /** The environment variable that names the MongoDB image. */
    public static final String MONGO_IMAGE_VARIABLE = "FLIXTUBE_MONGO_IMAGE";

    /** Azurite's blob service port inside the container. */
    public static final int AZURITE_BLOB_PORT = 10000;
    /** MongoDB's port inside the container. */
    public static final int MONGO_PORT = 27017;

    /** The storage account that every Azurite has. */
    public static final String AZURITE_ACCOUNT = "devstoreaccount1";
    /** The key of {@link #AZURITE_ACCOUNT}, published in Azurite's documentation, so no secret. */
    public static final String AZURITE_KEY =
            "Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==";

    private static final String LOOPBACK = "127.0.0.1";

    private Containers() {
    }

    /**
     * Returns an Azurite container with its blob service port exposed, using the image from
     * {@code FLIXTUBE_AZURITE_IMAGE} and that image's own command.
     *
     * @throws IllegalStateException when the variable is unset
     */
    public static GenericContainer<?> azurite() {
        return onLoopback(new GenericContainer<>(image(AZURITE_IMAGE_VARIABLE)), AZURITE_BLOB_PORT)
                .waitingFor(Wait.forListeningPort());
    }

    /**
     * Returns the connection string of a started Azurite container's blob service, for
     * {@code BlobServiceClientBuilder.connectionString}.
     */
    public static String azuriteConnectionString(GenericContainer<?> azurite) {
        return "DefaultEndpointsProtocol=http;AccountName=" + AZURITE_ACCOUNT
                + ";AccountKey=" + AZURITE_KEY
                + ";BlobEndpoint=http://" + azurite.getHost() + ":"
                + azurite.getMappedPort(AZURITE_BLOB_PORT) + "/" + AZURITE_ACCOUNT + ";";
    }

    /**
     * Returns a MongoDB container with port 27017 exposed, using the image from
     * {@code FLIXTUBE_MONGO_IMAGE}. Its data lives in {@code /data/db}, in a volume.
     *
     * @throws IllegalStateException when the variable is unset
     */
    public static GenericContainer<?> mongo() {
        return onLoopback(new GenericContainer<>(image(MONGO_IMAGE_VARIABLE)), MONGO_PORT)
                .waitingFor(Wait.forListeningPort());
    }

    /** Returns the URI of a started MongoDB container for the MongoDB driver. */
    public static String mongoConnectionString(GenericContainer<?> mongo) {
        return "mongodb://" + mongo.getHost() + ":" + mongo.getMappedPort(MONGO_PORT);
    }

    /**
     * Returns the image that an environment variable names.
     *
     * @throws IllegalStateException when the variable is unset, saying how to set it
     */
    public static DockerImageName image(String variable) {
        String image = System.getenv(variable);
        if (image == null || image.isBlank()) {
            throw new IllegalStateException(variable + " is not set: run eval \"$(.ci/containers)\""
                    + " in the repository root first, which builds the local stand-in images and"
                    + " exports their names.");
        }
        return DockerImageName.parse(image);
    }

    /**
     * Exposes the ports and publishes each on a free port of 127.0.0.1, instead of every
     * interface as Testcontainers does, so that nothing outside this machine reaches them.
     */
    static GenericContainer<?> onLoopback(GenericContainer<?> container, Integer... ports) {
        return container
                .withExposedPorts(ports)
                .withCreateContainerCmdModifier(command -> command.getHostConfig()
                        .withPortBindings(Arrays.stream(ports)
                                .map(port -> new PortBinding(Ports.Binding.bindIp(LOOPBACK),
                                        ExposedPort.tcp(port)))
                                .toList()));
    }
}
