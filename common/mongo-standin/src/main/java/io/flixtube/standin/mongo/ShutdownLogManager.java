package io.flixtube.standin.mongo;

import java.util.logging.LogManager;

/**
 * A {@link LogManager} that keeps its handlers while the JVM shuts down. The standard one
 * closes them from its own shutdown hook, which runs in no fixed order with the others, so a
 * stop line logged from another hook is often lost.
 *
 * <p>{@link Main} installs it through the {@code java.util.logging.manager} system property.
 * The console handler flushes every record, so nothing waits in a buffer at exit.
 */
public final class ShutdownLogManager extends LogManager {

    /** Resets the configuration, unless the JVM is shutting down. */
    @Override
    public void reset() {
        if (!shuttingDown()) {
            super.reset();
        }
    }

    // Runtime refuses new shutdown hooks once shutdown has begun; this is the public way to ask.
    private static boolean shuttingDown() {
        Thread probe = new Thread(() -> { });
        try {
            Runtime.getRuntime().addShutdownHook(probe);
            Runtime.getRuntime().removeShutdownHook(probe);
            return false;
        } catch (IllegalStateException e) {
            return true;
        }
    }
}
