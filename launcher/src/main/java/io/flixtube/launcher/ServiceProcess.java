package io.flixtube.launcher;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.net.BindException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;

/**
 * One running service or stand-in: a {@code java -jar} process whose output lines are printed
 * with its name in front.
 */
final class ServiceProcess {

    private static final Duration POLL_INTERVAL = Duration.ofMillis(200);

    private final String name;
    private final int port;
    private final Process process;
    private final Thread output;

    private ServiceProcess(String name, int port, Process process, Thread output) {
        this.name = name;
        this.port = port;
        this.process = process;
        this.output = output;
    }

    /**
     * Fails when a port is taken, so that the user learns which service wanted it instead of
     * reading a bind error in the service's log.
     */
    static void checkPortFree(String name, int port) {
        try (ServerSocket socket = new ServerSocket()) {
            socket.bind(new InetSocketAddress(port));
        } catch (BindException e) {
            throw new LaunchException("Port " + port + ", which " + name
                    + " needs, is already in use. Stop the program that holds it"
                    + " (ss -ltnp 'sport = :" + port + "' shows it) and try again.", e);
        } catch (IOException e) {
            throw new LaunchException("Cannot check port " + port + " for " + name + ": "
                    + e.getMessage(), e);
        }
    }

    /** Starts {@code java -jar jar} with the given environment and prints its output. */
    static ServiceProcess start(Path java, Path jar, String name, int port,
                                Map<String, String> environment, PrintStream out) {
        ProcessBuilder builder = new ProcessBuilder(java.toString(), "-jar", jar.toString())
                .directory(jar.getParent().toFile())
                .redirectErrorStream(true);
        builder.environment().putAll(environment);
        try {
            Process process = builder.start();
            Thread output = Thread.ofVirtual().name(name + "-output")
                    .start(() -> copyOutput(name, process, out));
            return new ServiceProcess(name, port, process, output);
        } catch (IOException e) {
            throw new LaunchException("Cannot start " + name + " with " + java + ": "
                    + e.getMessage(), e);
        }
    }

    /**
     * Waits until the service's readiness endpoint returns 200.
     *
     * @throws LaunchException when the process exits first or the timeout passes
     */
    void awaitHealthReady(Duration timeout) {
        URI ready = URI.create("http://localhost:" + port + "/observe/health/ready");
        HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        await(timeout, ready.toString(), () -> answersOk(client, ready));
    }

    /**
     * Waits until the process accepts TCP connections on its port.
     *
     * @throws LaunchException when the process exits first or the timeout passes
     */
    void awaitPortOpen(Duration timeout) {
        await(timeout, "port " + port, this::portOpen);
    }

    private void await(Duration timeout, String target, BooleanSupplier ready) {
        Instant deadline = Instant.now().plus(timeout);
        while (Instant.now().isBefore(deadline)) {
            if (!process.isAlive()) {
                throw new LaunchException(name + " exited with status " + process.exitValue()
                        + " before it was ready; its log above says why.");
            }
            if (ready.getAsBoolean()) {
                return;
            }
            sleep(POLL_INTERVAL);
        }
        throw new LaunchException(name + " was not ready within " + timeout.toSeconds()
                + " s at " + target + "; its log above may say why.");
    }

    private boolean portOpen() {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress("localhost", port), 1000);
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    /** Stops the process with SIGTERM, then kills it and its children if it outlives the grace. */
    void stop(Duration grace) {
        List<ProcessHandle> descendants = new ArrayList<>(process.descendants().toList());
        process.destroy();
        try {
            if (!process.waitFor(grace.toMillis(), TimeUnit.MILLISECONDS)) {
                process.destroyForcibly();
                process.waitFor(grace.toMillis(), TimeUnit.MILLISECONDS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            process.destroyForcibly();
        }
        descendants.forEach(ProcessHandle::destroyForcibly);
        // Lets the last lines, such as the service's own stop line, reach the terminal.
        try {
            output.join(Duration.ofSeconds(2));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Returns the name its log lines carry. */
    String name() {
        return name;
    }

    /** Returns the operating system process. */
    Process process() {
        return process;
    }

    private static void copyOutput(String name, Process process, PrintStream out) {
        String prefix = name + " | ";
        try (BufferedReader reader = new BufferedReader(
                new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = reader.readLine()) != null) {
                out.println(prefix + line);
            }
        } catch (IOException e) {
            // A process that was stopped closes its output; only a live one is worth reporting.
            if (process.isAlive()) {
                out.println(prefix + "(output could not be read: " + e.getMessage() + ")");
            }
        }
    }

    private static boolean answersOk(HttpClient client, URI uri) {
        HttpRequest request = HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(2)).build();
        try {
            return client.send(request, HttpResponse.BodyHandlers.discarding()).statusCode() == 200;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new LaunchException("Interrupted while waiting for " + uri, e);
        }
    }

    private static void sleep(Duration duration) {
        try {
            Thread.sleep(duration);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new LaunchException("Interrupted while waiting for a service to be ready", e);
        }
    }
}
