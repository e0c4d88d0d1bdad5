package io.flixtube.standin.mongo;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.logging.LogManager;

import static java.lang.System.Logger.Level.ERROR;
import static java.lang.System.Logger.Level.INFO;

/**
 * Runs the MongoDB stand-in as a process, configured by {@code MONGO_HOST}, {@code MONGO_PORT}
 * and {@code MONGO_DATA_FILE}. It stops on SIGTERM or Ctrl-C and saves its data first.
 */
public final class Main {

    static {
        // Set before the logger below starts java.util.logging, which reads this property once.
        setDefault("java.util.logging.manager", ShutdownLogManager.class.getName());
        // Netty 4.1 allocates memory through sun.misc.Unsafe, for which JDK 24 and newer print
        // a deprecation warning (JEP 498); the stand-in needs none of that speed.
        setDefault("io.netty.noUnsafe", "true");
    }

    private static final System.Logger LOGGER = System.getLogger(Main.class.getName());
    private static final String NAME = "mongo-standin";

    private Main() {
    }

    /** Starts the server; exits with status 1 when a setting is unusable. */
    public static void main(String[] args) {
        // Logging: java.util.logging, set up from logging.properties.
        configureLogging();

        try {
            // Settings: environment variables. The data folder is checked before H2 opens it.
            StandinSettings settings = StandinSettings.fromEnvironment(System.getenv(),
                    installDirectory());
            settings.checkDataFile();

            // Server: mongo-java-server on H2, closed by a shutdown hook so the data is saved.
            MongoStandin standin = MongoStandin.start(settings.host(), settings.port(),
                    settings.dataFile());
            Runtime.getRuntime().addShutdownHook(new Thread(() -> stop(standin), NAME + "-stop"));

            long millis = ManagementFactory.getRuntimeMXBean().getUptime();
            LOGGER.log(INFO, NAME + " started in " + millis + " ms, listening on "
                    + standin.connectionString() + " (bound to " + settings.host()
                    + "), data in " + settings.dataFile());
        } catch (IllegalArgumentException e) {
            fail(e.getMessage());
        } catch (MongoStandinException e) {
            fail(e.getMessage() + ". " + fix(e.kind()));
        }
    }

    private static void stop(MongoStandin standin) {
        try {
            standin.close();
            LOGGER.log(INFO, NAME + " stopped, data saved in " + standin.dataFile().orElseThrow());
        } catch (RuntimeException e) {
            LOGGER.log(ERROR, NAME + " did not stop cleanly; the data file may lack the last"
                    + " second of changes", e);
        }
    }

    private static String fix(MongoStandinException.Kind kind) {
        return switch (kind) {
            case ADDRESS -> "Set " + StandinSettings.PORT_VARIABLE + " to a free port (or 0), or "
                    + StandinSettings.HOST_VARIABLE + " to an address of this machine.";
            case DATA_FILE -> "Stop the process that uses the file, or set "
                    + StandinSettings.DATA_FILE_VARIABLE + " to another file.";
        };
    }

    private static void fail(String message) {
        LOGGER.log(ERROR, NAME + " did not start: " + message);
        System.exit(1);
    }

    private static void setDefault(String property, String value) {
        if (System.getProperty(property) == null) {
            System.setProperty(property, value);
        }
    }

    private static void configureLogging() {
        if (System.getProperty("java.util.logging.config.file") != null) {
            return;
        }
        try (InputStream properties = Main.class.getResourceAsStream("/logging.properties")) {
            if (properties != null) {
                LogManager.getLogManager().readConfiguration(properties);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read logging.properties from the jar", e);
        }
    }

    // Relative paths resolve against the jar's folder (target/ in a build), as in the services.
    private static Path installDirectory() {
        try {
            Path location = Path.of(Main.class.getProtectionDomain().getCodeSource().getLocation()
                    .toURI());
            return location.toAbsolutePath().getParent();
        } catch (URISyntaxException e) {
            throw new IllegalStateException("Cannot locate the folder of the mongo-standin jar", e);
        }
    }
}
