package io.flixtube.common;

import java.io.IOException;
import java.io.PrintStream;
import java.net.HttpURLConnection;
import java.net.URI;
import java.time.Duration;

/**
 * Checks a health endpoint from inside a service's container, for the Dockerfile
 * {@code HEALTHCHECK}: runtime images such as {@code eclipse-temurin:25-jre} have java but
 * neither curl nor wget.
 *
 * <pre>java -cp app.jar io.flixtube.common.HealthProbe http://127.0.0.1:8080/observe/health/ready</pre>
 *
 * <p>It uses only {@code java.base}, so that the JVM it runs in starts quickly, and exits with
 * status 0 when the URL returns a 2xx status within the timeout, 1 otherwise. Docker keeps
 * what it prints in the container's health log ({@code docker inspect}).
 */
public final class HealthProbe {

    /** Connect and read timeout each; Docker's own timeout for the whole check is longer. */
    static final Duration TIMEOUT = Duration.ofSeconds(2);

    private HealthProbe() {
    }

    /** Runs the check against the one URL given and exits with its status. */
    public static void main(String[] args) {
        // Standard output is the probe's report: Docker stores it with the check's result.
        System.exit(check(args, System.out));
    }

    /**
     * Requests the URL in {@code args[0]} and prints one line with the outcome.
     *
     * @return 0 for a 2xx status, 1 for any other status, a failed connection or bad arguments
     */
    static int check(String[] args, PrintStream out) {
        if (args.length != 1) {
            out.println("Usage: java -cp <service jar> " + HealthProbe.class.getName() + " <URL>");
            return 1;
        }
        HttpURLConnection connection = null;
        try {
            connection = (HttpURLConnection) URI.create(args[0]).toURL().openConnection();
            connection.setConnectTimeout((int) TIMEOUT.toMillis());
            connection.setReadTimeout((int) TIMEOUT.toMillis());
            int status = connection.getResponseCode();
            boolean healthy = status >= 200 && status < 300;
            out.println((healthy ? "Healthy: " : "Unhealthy: ") + args[0] + " returned " + status);
            return healthy ? 0 : 1;
        } catch (IOException | IllegalArgumentException e) {
            out.println("Unhealthy: request to " + args[0] + " failed: " + e);
            return 1;
        } finally {
            if (connection != null) {
                connection.disconnect();
            }
        }
    }
}
