package io.flixtube.launcher;

import java.util.Map;

/**
 * One service of a stage as the launcher starts it.
 *
 * @param name        the service's folder in the stage, such as {@code video-streaming}
 * @param port        the host port, the same one that Compose publishes
 * @param environment environment variables beyond {@code SERVER_PORT}, as in a container
 */
public record ServiceSpec(String name, int port, Map<String, String> environment) {

    /** Creates a service that needs no environment beyond its port. */
    public ServiceSpec(String name, int port) {
        this(name, port, Map.of());
    }
}
