package io.flixtube.launcher;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.net.BindException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
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

/**
 * One running service: a {@code java -jar} process whose output lines are printed with the
 * service name in front.
 */
final class ServiceProcess {

    private static final Duration POLL_INTERVAL = Duration.ofMillis(200);

    private final ServiceSpec spec;
    private final Process process;

    private ServiceProcess(ServiceSpec spec, Process process) {
        this.spec = spec;
        this.process = process;
    }

    /**
     * Fails when the service's port is taken, so that the user learns which service wanted it
     * instead of reading a bind error in the service's log.
     */
    static void checkPortFree(ServiceSpec spec) {
        try (ServerSocket socket = new ServerSocket()) {
            socket.bind(new InetSocketAddress(spec.port()));
        } catch (BindException e) {
            throw new LaunchException("Port " + spec.port() + ", which " + spec.name()
                    + " needs, is already in use. Stop the program that holds it"
                    + " (ss -ltnp 'sport = :" + spec.port() + "' shows it) and try again.", e);
        } catch (IOException e) {
            throw new LaunchException("Cannot check port " + spec.port() + " for " + spec.name()
                    + ": " + e.getMessage(), e);
        }
    }

    /** Starts {@code java -jar jar} with the service's environment and prints its output. */
    static ServiceProcess start(Path java, Path jar, ServiceSpec spec, PrintStream out) {
        ProcessBuilder builder = new ProcessBuilder(java.toString(), "-jar", jar.toString())
                .directory(jar.getParent().toFile())
                .redirectErrorStream(true);
        Map<String, String> environment = builder.environment();
        environment.put("SERVER_PORT", Integer.toString(spec.port()));
        environment.putAll(spec.environment());
        try {
            Process process = builder.start();
            Thread.ofVirtual().name(spec.name() + "-output").start(() -> copyOutput(spec, process, out));
            return new ServiceProcess(spec, process);
        } catch (IOException e) {
            throw new LaunchException("Cannot start " + spec.name() + " with " + java + ": "
                    + e.getMessage(), e);
        }
    }

    /**
     * Waits until the service's readiness endpoint answers 200.
     *
     * @throws LaunchException when the process exits first or the timeout passes
     */
    void awaitReady(Duration timeout) {
        URI ready = URI.create("http://localhost:" + spec.port() + "/observe/health/ready");
        HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        Instant deadline = Instant.now().plus(timeout);
        while (Instant.now().isBefore(deadline)) {
            if (!process.isAlive()) {
                throw new LaunchException(spec.name() + " exited with status " + process.exitValue()
                        + " before it was ready; its log above says why.");
            }
            if (answersOk(client, ready)) {
                return;
            }
            sleep(POLL_INTERVAL);
        }
        throw new LaunchException(spec.name() + " was not ready within " + timeout.toSeconds()
                + " s at " + ready + "; its log above may say why.");
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
    }

    /** Returns the service this process runs. */
    ServiceSpec spec() {
        return spec;
    }

    /** Returns the operating system process. */
    Process process() {
        return process;
    }

    private static void copyOutput(ServiceSpec spec, Process process, PrintStream out) {
        String prefix = spec.name() + " | ";
        try (BufferedReader reader = new BufferedReader(
                new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = reader.readLine()) != null) {
                out.println(prefix + line);
            }
        } catch (IOException e) {
            out.println(prefix + "(output closed: " + e.getMessage() + ")");
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
