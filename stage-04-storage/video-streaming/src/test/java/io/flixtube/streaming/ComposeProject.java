package io.flixtube.streaming;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * One {@code docker compose} project of a stage's {@code compose.yaml}, under a project name
 * of its own so that test runs side by side do not share containers, networks or volumes.
 */
final class ComposeProject {

    private final Path composeFile;
    private final String name;
    private final Map<String, String> environment;

    /**
     * Creates the project.
     *
     * @param composeFile the stage's compose.yaml
     * @param name        a project name that no other run uses
     * @param environment variables for Compose, such as host ports of 0 for free ports
     */
    ComposeProject(Path composeFile, String name, Map<String, String> environment) {
        this.composeFile = composeFile;
        this.name = name;
        this.environment = environment;
    }

    /** Runs {@code docker compose <arguments>} and returns its output, failing on any error. */
    String run(Duration timeout, String... arguments) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of("docker", "compose", "-f",
                composeFile.toString(), "-p", name));
        command.addAll(List.of(arguments));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        builder.environment().putAll(environment);
        Process process = builder.start();
        // The output is read to the end before waiting, so that a full pipe cannot block Compose.
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!process.waitFor(timeout.toSeconds(), TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new IllegalStateException(String.join(" ", command) + " timed out after "
                    + timeout.toSeconds() + " s:\n" + output);
        }
        if (process.exitValue() != 0) {
            throw new IllegalStateException(String.join(" ", command) + " exited with status "
                    + process.exitValue() + ":\n" + output);
        }
        return output;
    }

    /** Returns the host and port, such as {@code 127.0.0.1:32768}, published for a service. */
    String address(String service, int containerPort) throws IOException, InterruptedException {
        String published = run(Duration.ofSeconds(30), "port", service,
                Integer.toString(containerPort)).trim();
        String port = published.substring(published.lastIndexOf(':') + 1);
        return "127.0.0.1:" + port;
    }
}
