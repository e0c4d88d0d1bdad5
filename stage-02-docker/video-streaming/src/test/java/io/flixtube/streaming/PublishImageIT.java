package io.flixtube.streaming;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

import static io.flixtube.streaming.Docker.docker;
import static io.flixtube.streaming.Docker.tryDocker;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Publishes the image with {@code scripts/publish-image.sh} to the local registry that
 * {@code .ci/containers} starts, as a learner publishes to Azure Container Registry, and pulls
 * it back.
 */
@Tag("containers")
class PublishImageIT {

    private static final Duration PUBLISH_TIMEOUT = Duration.ofMinutes(10);

    private final String registry = Docker.requiredEnvironment("FLIXTUBE_LOCAL_REGISTRY");
    private final String repository = registry + "/" + Docker.uniqueName();
    private final String tag = repository + ":test";
    private String pushed;

    @AfterEach
    void removeImages() throws IOException, InterruptedException {
        tryDocker("image", "rm", tag);
        if (pushed != null) {
            tryDocker("image", "rm", pushed);
            deleteFromRegistry();
        }
    }

    @Test
    @Timeout(value = 11, unit = TimeUnit.MINUTES)
    void pulledImageHasPushedDigest() {
        pushed = Docker.script("publish-image.sh", Map.of(
                "REGISTRY", registry,
                "IMAGE_NAME", repository.substring(registry.length() + 1),
                "VERSION", "test"), PUBLISH_TIMEOUT).lastLine();
        assertTrue(pushed.matches(repository.replace(".", "\\.") + "@sha256:[0-9a-f]{64}"), pushed);
        String builtId = docker("image", "inspect", "--format", "{{.Id}}", tag).lastLine();

        // Without a local reference to it, the image must come from the registry. Removing the
        // last tag may remove the digest reference with it, so the second removal may fail.
        docker("image", "rm", tag);
        tryDocker("image", "rm", pushed);
        assertNotEquals(0, tryDocker("image", "inspect", pushed).exitCode(), pushed + " is still local");
        docker("pull", pushed);

        String pulledDigests = docker("image", "inspect", "--format", "{{.RepoDigests}}", pushed).stdout();
        assertTrue(pulledDigests.contains(pushed), pulledDigests);
        assertEquals(builtId, docker("image", "inspect", "--format", "{{.Id}}", pushed).lastLine());
    }

    @Test
    @Timeout(value = 11, unit = TimeUnit.MINUTES)
    void credentialsLogInAndOut(@TempDir Path dockerConfig) throws IOException {
        // A Docker configuration folder of its own keeps the login out of the user's folder.
        Docker.Result result = Docker.script("publish-image.sh", Map.of(
                "DOCKER_CONFIG", dockerConfig.toString(),
                "REGISTRY", registry,
                "REGISTRY_USERNAME", "learner",
                "REGISTRY_PASSWORD", "secret-password",
                "IMAGE_NAME", repository.substring(registry.length() + 1),
                "VERSION", "test"), PUBLISH_TIMEOUT);
        pushed = result.lastLine();

        assertTrue(result.stderr().contains("Login Succeeded"), result::toString);
        assertFalse(result.stdout().contains("secret-password"), "the password is in the output");
        assertFalse(result.stderr().contains("secret-password"), "the password is in the output");
        // The script logs out when it ends, so no credentials stay in the configuration.
        Path configFile = dockerConfig.resolve("config.json");
        String config = Files.exists(configFile) ? Files.readString(configFile) : "";
        assertFalse(config.contains("\"" + registry + "\""), "credentials left behind: " + config);
    }

    /** Deletes the test's manifest through the registry's HTTP API, so that test runs leave none. */
    private void deleteFromRegistry() throws IOException, InterruptedException {
        String name = repository.substring(registry.length() + 1);
        String digest = pushed.substring(pushed.indexOf('@') + 1);
        URI manifest = URI.create("http://" + registry + "/v2/" + name + "/manifests/" + digest);
        try (HttpClient http = HttpClient.newHttpClient()) {
            HttpResponse<Void> response = http.send(HttpRequest.newBuilder(manifest)
                    .DELETE()
                    .timeout(Duration.ofSeconds(10))
                    .build(), HttpResponse.BodyHandlers.discarding());
            assertEquals(202, response.statusCode(), "DELETE " + manifest);
        }
    }
}
