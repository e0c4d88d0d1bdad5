package io.flixtube.launcher;

import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;

/**
 * The running processes of one stage: its infrastructure stand-ins, then its services, each
 * started in order and waited for until ready, and all stopped together when the launcher ends
 * or any of them exits.
 */
final class StageRun {

    private static final Duration READY_TIMEOUT = Duration.ofSeconds(60);
    private static final Duration STOP_GRACE = Duration.ofSeconds(10);

    private final Stage stage;
    private final PrintStream out;
    private final List<ServiceProcess> processes = new ArrayList<>();
    private final CountDownLatch anyExited = new CountDownLatch(1);
    private volatile boolean stopping;

    StageRun(Stage stage, PrintStream out) {
        this.stage = stage;
        this.out = out;
    }

    /**
     * Starts every service of the stage and waits until each is ready.
     *
     * @throws LaunchException when a service fails to become ready; the services already
     *                         started are stopped first
     */
    void start(Build build, Path java, Path dataFolder) {
        try {
            for (Infrastructure part : stage.infrastructure()) {
                Map<String, String> environment = withData(part.environment(), dataFolder);
                start(java, build.jar(part), part.name(), part.port(), environment)
                        .awaitPortOpen(READY_TIMEOUT);
            }
            for (ServiceSpec spec : stage.services()) {
                Map<String, String> environment = new HashMap<>(withData(spec.environment(), dataFolder));
                environment.put("SERVER_PORT", Integer.toString(spec.port()));
                start(java, build.jar(stage, spec), spec.name(), spec.port(), environment)
                        .awaitHealthReady(READY_TIMEOUT);
            }
        } catch (LaunchException e) {
            stop();
            throw e;
        }
    }

    private ServiceProcess start(Path java, Path jar, String name, int port,
                                 Map<String, String> environment) {
        out.println("flixtube | starting " + name + " on port " + port);
        ServiceProcess started = ServiceProcess.start(java, jar, name, port, environment, out);
        processes.add(started);
        started.process().onExit().thenRun(() -> exited(started));
        return started;
    }

    // Replaces {data} in environment values with the stage's data folder.
    private static Map<String, String> withData(Map<String, String> environment, Path dataFolder) {
        Map<String, String> resolved = new HashMap<>();
        environment.forEach((name, value) ->
                resolved.put(name, value.replace("{data}", dataFolder.toString())));
        return resolved;
    }

    /** Blocks until a service exits on its own or the launcher is interrupted. */
    void awaitExit() throws InterruptedException {
        anyExited.await();
    }

    /**
     * Stops every service, the last started first. The shutdown hook and the main thread may
     * both call this; the second call waits for the first.
     */
    synchronized void stop() {
        stopping = true;
        for (ServiceProcess service : processes.reversed()) {
            if (service.process().isAlive()) {
                out.println("flixtube | stopping " + service.name());
                service.stop(STOP_GRACE);
            }
        }
    }

    private void exited(ServiceProcess service) {
        if (!stopping) {
            out.println("flixtube | " + service.name() + " exited with status "
                    + service.process().exitValue() + "; stopping the stage.");
        }
        anyExited.countDown();
    }
}
