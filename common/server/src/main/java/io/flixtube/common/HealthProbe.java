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
 * <pre>java -cp app.jar io.flixtube.common.HealthProbe /observe/health/ready</pre>
 *
 * <p>A path is requested from the service in the same container, at 127.0.0.1 on the port that
 * {@code SERVER_PORT} sets (8080 when it is unset), so that the check follows a changed port.
 * A full URL is requested as it is.
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

    /** Runs the check against the one path or URL given and exits with its status. */
    public static void main(String[] args) {
        // Standard output is the probe's report: Docker stores it with the check's result.
        System.exit(check(args, System.getenv("SERVER_PORT"), System.out));
    }

    /**
     * Returns the URL to request: a path resolved against 127.0.0.1 and the service's port, or a
     * full URL unchanged.
     */
    static String target(String pathOrUrl, String serverPort) {
        if (!pathOrUrl.startsWith("/")) {
            return pathOrUrl;
        }
        String port = serverPort == null || serverPort.isBlank() ? "8080" : serverPort.trim();
        return "http://127.0.0.1:" + port + pathOrUrl;
    }

    /**
     * Requests the path or URL in {@code args[0]} and prints one line with the outcome.
     *
     * @param serverPort the value of {@code SERVER_PORT}, or {@code null} when it is unset
     * @return 0 for a 2xx status, 1 for any other status, a failed connection or bad arguments
     */
    static int check(String[] args, String serverPort, PrintStream out) {
        if (args.length != 1) {
            out.println("Usage: java -cp <service jar> " + HealthProbe.class.getName()
                    + " <path, such as /observe/health/ready, or URL>");
            return 1;
        }
        String url = target(args[0], serverPort);
        HttpURLConnection connection = null;
        try {
            connection = (HttpURLConnection) URI.create(url).toURL().openConnection();
            connection.setConnectTimeout((int) TIMEOUT.toMillis());
            connection.setReadTimeout((int) TIMEOUT.toMillis());
            int status = connection.getResponseCode();
            boolean healthy = status >= 200 && status < 300;
            out.println((healthy ? "Healthy: " : "Unhealthy: ") + url + " returned " + status);
            return healthy ? 0 : 1;
        } catch (IOException | IllegalArgumentException e) {
            out.println("Unhealthy: request to " + url + " failed: " + e);
            return 1;
        } finally {
            if (connection != null) {
                connection.disconnect();
            }
        }
    }
}
