package io.flixtube.common;

import java.lang.management.ManagementFactory;

import io.helidon.webserver.WebServer;

import static java.lang.System.Logger.Level.ERROR;
import static java.lang.System.Logger.Level.INFO;

/**
 * Writes the start and start-failure lines that every service logs.
 */
public final class StartupLog {

    private StartupLog() {
    }

    /**
     * Logs that a service is up, with how long the JVM took to get here and the URL it listens
     * on, and arranges a line for when the JVM stops.
     */
    public static void started(System.Logger logger, String service, WebServer server) {
        long millis = ManagementFactory.getRuntimeMXBean().getUptime();
        logger.log(INFO, service + " started in " + millis + " ms, listening on http://localhost:"
                + server.port());
        Runtime.getRuntime().addShutdownHook(new Thread(
                () -> logger.log(INFO, service + " stopping"), service + "-stop-log"));
    }

    /** Logs why a service could not start and ends the process with status 1. */
    public static void failed(System.Logger logger, String service, StartupException exception) {
        logger.log(ERROR, service + " did not start: " + exception.getMessage());
        System.exit(1);
    }
}
