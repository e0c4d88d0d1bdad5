package io.flixtube.streaming;

import java.time.Duration;
import java.util.concurrent.TimeUnit;

import static io.flixtube.streaming.Docker.docker;
import static io.flixtube.streaming.Docker.tryDocker;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * A container of the service image, started as a learner starts it ({@code docker run} with a
 * published port) but on a random port of 127.0.0.1, so that test runs never collide.
 */
final class ServiceContainer implements AutoCloseable {

    /** The service starts within 2 s and Docker checks it every 5 s, so this leaves ample slack. */
    static final Duration HEALTHY_TIMEOUT = Duration.ofSeconds(90);

    private static final Duration POLL_INTERVAL = Duration.ofMillis(200);

    final String name;

    private ServiceContainer(String name) {
        this.name = name;
    }

    /** Starts a container of the image, listening on a random host port. */
    static ServiceContainer start(String image) {
        String name = Docker.uniqueName();
        docker("run", "--detach", "--name", name, "--publish", "127.0.0.1::8080", image);
        return new ServiceContainer(name);
    }

    /** Starts a container of the image with SERVER_PORT set, so that it listens on that port. */
    static ServiceContainer startOnPort(String image, int serverPort) {
        String name = Docker.uniqueName();
        docker("run", "--detach", "--name", name, "--env", "SERVER_PORT=" + serverPort,
                "--publish", "127.0.0.1::" + serverPort, image);
        return new ServiceContainer(name);
    }

    /**
     * Waits until Docker reports the container healthy, and returns how long that took from
     * this call.
     */
    Duration awaitHealthy() throws InterruptedException {
        long start = System.nanoTime();
        long deadline = start + HEALTHY_TIMEOUT.toNanos();
        while (System.nanoTime() < deadline) {
            String state = inspect("{{.State.Status}} {{if .State.Health}}{{.State.Health.Status}}{{end}}");
            switch (state) {
                case "running healthy" -> {
                    return Duration.ofNanos(System.nanoTime() - start);
                }
                case "running unhealthy" -> fail("Container " + name + " is unhealthy:\n" + diagnostics());
                case "running starting", "created " -> TimeUnit.MILLISECONDS.sleep(POLL_INTERVAL.toMillis());
                default -> fail("Container " + name + " is " + state + ":\n" + diagnostics());
            }
        }
        return fail("Container " + name + " was not healthy within " + HEALTHY_TIMEOUT.toSeconds()
                + " s:\n" + diagnostics());
    }

    /** Returns the base URL of the service on the host, such as {@code http://127.0.0.1:32768}. */
    String baseUrl() {
        return "http://" + docker("port", name, "8080/tcp").lastLine();
    }

    /** Returns a value from {@code docker inspect}, given as a Go template. */
    String inspect(String template) {
        return docker("inspect", "--format", template, name).stdout().strip();
    }

    /** Returns the container's health log and its own log, to explain a failure. */
    String diagnostics() {
        Docker.Result logs = tryDocker("logs", name);
        return "health log: " + tryDocker("inspect", "--format", "{{json .State.Health}}", name).stdout()
                + "\nlog:\n" + logs.stdout() + logs.stderr();
    }

    /** Removes the container, stopping it first when it still runs. */
    @Override
    public void close() {
        tryDocker("rm", "--force", name);
    }
}
