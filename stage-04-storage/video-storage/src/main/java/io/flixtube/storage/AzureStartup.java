package io.flixtube.storage;

import java.time.Duration;

/**
 * Prepares the azure backend in the background at start, retrying with backoff while Blob
 * Storage cannot be reached, so that the service starts and reports not-ready instead of
 * failing. After the last attempt each readiness check tries once more.
 */
final class AzureStartup {

    private static final System.Logger LOGGER = System.getLogger(AzureStartup.class.getName());

    private static final int MAX_ATTEMPTS = 40;
    private static final Duration FIRST_DELAY = Duration.ofSeconds(1);
    private static final Duration MAX_DELAY = Duration.ofSeconds(15);

    private AzureStartup() {
    }

    /** Starts the preparation on a virtual thread and returns that thread. */
    static Thread prepareInBackground(AzureVideoStorage storage) {
        return Thread.ofVirtual()
                .name("azure-storage-startup")
                .start(() -> prepareWithRetries(storage));
    }

    private static void prepareWithRetries(AzureVideoStorage storage) {
        Duration delay = FIRST_DELAY;
        for (int attempt = 1; attempt <= MAX_ATTEMPTS; attempt++) {
            try {
                storage.prepare();
                LOGGER.log(System.Logger.Level.INFO, "Blob container " + storage.location()
                        + " is ready");
                return;
            } catch (RuntimeException e) {
                LOGGER.log(System.Logger.Level.WARNING, "Cannot prepare blob container "
                        + storage.location() + " (attempt " + attempt + " of " + MAX_ATTEMPTS
                        + "), retrying in " + delay.toSeconds() + " s: " + e.getMessage());
            }
            try {
                Thread.sleep(delay);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
            delay = delay.multipliedBy(2).compareTo(MAX_DELAY) > 0 ? MAX_DELAY : delay.multipliedBy(2);
        }
        LOGGER.log(System.Logger.Level.ERROR, "Blob container " + storage.location()
                + " is still not prepared after " + MAX_ATTEMPTS + " attempts; each readiness"
                + " check tries again.");
    }
}
