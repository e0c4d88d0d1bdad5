package io.flixtube.launcher;

import java.util.Map;

/**
 * An embedded stand-in for a piece of infrastructure, such as a MongoDB-compatible server,
 * that the launcher runs as a process before a stage's services.
 *
 * @param name        the name its log lines carry, such as {@code mongodb}
 * @param module      the Maven module that builds it, relative to the repository root
 * @param artifactId  the module's artifactId, which names its jar
 * @param port        the host port it listens on; it is ready once the port accepts connections
 * @param environment its environment variables; {@code {data}} stands for the data folder
 */
public record Infrastructure(String name, String module, String artifactId, int port,
                             Map<String, String> environment) {
}
