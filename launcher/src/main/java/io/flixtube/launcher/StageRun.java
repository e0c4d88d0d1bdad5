package io.flixtube.launcher;

import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;

/**
 * The running services of one stage: started in order, each waited for until ready, and all
 * stopped together when the launcher ends or any of them exits.
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
     * @throws LaunchException when a port is taken or a service fails to become ready; the
     *                         services already started are stopped first
     */
    void start(Build build, Path java) {
        stage.services().forEach(ServiceProcess::checkPortFree);
        try {
            for (ServiceSpec spec : stage.services()) {
                out.println("flixtube | starting " + spec.name() + " on port " + spec.port());
                ServiceProcess service = ServiceProcess.start(java, build.jar(stage, spec), spec, out);
                processes.add(service);
                service.process().onExit().thenRun(() -> exited(service));
                service.awaitReady(READY_TIMEOUT);
            }
        } catch (LaunchException e) {
            stop();
            throw e;
        }
    }

    /** Blocks until a service exits on its own or the launcher is interrupted. */
    void awaitExit() throws InterruptedException {
        anyExited.await();
    }

    /** Stops every service, the last started first. */
    void stop() {
        stopping = true;
        for (ServiceProcess service : processes.reversed()) {
            if (service.process().isAlive()) {
                out.println("flixtube | stopping " + service.spec().name());
                service.stop(STOP_GRACE);
            }
        }
    }

    private void exited(ServiceProcess service) {
        if (!stopping) {
            out.println("flixtube | " + service.spec().name() + " exited with status "
                    + service.process().exitValue() + "; stopping the stage.");
        }
        anyExited.countDown();
    }
}
