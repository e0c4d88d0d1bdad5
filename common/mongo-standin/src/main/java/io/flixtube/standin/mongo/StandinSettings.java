package io.flixtube.standin.mongo;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/**
 * The settings of the stand-in process, read from environment variables.
 *
 * @param host     the address to bind, from {@code MONGO_HOST}
 * @param port     the TCP port, from {@code MONGO_PORT}; 0 picks a free one
 * @param dataFile the H2 MVStore file, from {@code MONGO_DATA_FILE}; a relative path is
 *                 resolved against the folder of the jar, as the services do
 */
public record StandinSettings(String host, int port, Path dataFile) {

    /** The environment variable that sets the address to bind. */
    public static final String HOST_VARIABLE = "MONGO_HOST";
    /** The environment variable that sets the TCP port. */
    public static final String PORT_VARIABLE = "MONGO_PORT";
    /** The environment variable that sets the H2 MVStore file. */
    public static final String DATA_FILE_VARIABLE = "MONGO_DATA_FILE";

    /** Every interface, so that other containers reach the server. */
    public static final String DEFAULT_HOST = "0.0.0.0";
    /** MongoDB's own default port. */
    public static final int DEFAULT_PORT = 27017;
    /** A file in MongoDB's default data folder, which the stand-in image declares a volume. */
    public static final String DEFAULT_DATA_FILE = "/data/db/mongo-standin.mv.db";

    /**
     * Reads the settings from environment variables, using the default for each one that is
     * unset or blank.
     *
     * @param environment      the variables, usually {@link System#getenv()}
     * @param installDirectory the folder that relative data file paths are resolved against
     * @throws IllegalArgumentException naming the variable when a value is invalid
     */
    public static StandinSettings fromEnvironment(Map<String, String> environment,
            Path installDirectory) {
        String host = valueOrDefault(environment, HOST_VARIABLE, DEFAULT_HOST);
        int port = port(valueOrDefault(environment, PORT_VARIABLE, Integer.toString(DEFAULT_PORT)));
        Path dataFile = Path.of(valueOrDefault(environment, DATA_FILE_VARIABLE, DEFAULT_DATA_FILE));
        if (!dataFile.isAbsolute()) {
            dataFile = installDirectory.resolve(dataFile);
        }
        return new StandinSettings(host, port, dataFile.toAbsolutePath().normalize());
    }

    /**
     * Checks that the data file can be created or opened for writing, so that a wrong path
     * stops the process with the variable to change instead of an H2 stack trace.
     *
     * @throws IllegalArgumentException naming {@code MONGO_DATA_FILE} when it is unusable
     */
    public void checkDataFile() {
        Path folder = dataFile.getParent();
        if (folder == null || !Files.isDirectory(folder)) {
            throw new IllegalArgumentException("The data folder " + folder + " is missing: create"
                    + " it, or set " + DATA_FILE_VARIABLE + " to a file in an existing folder.");
        }
        if (!Files.isWritable(folder)) {
            throw new IllegalArgumentException("The data folder " + folder + " is not writable"
                    + " by this user: change its permissions, or set " + DATA_FILE_VARIABLE
                    + " to a file in a writable folder.");
        }
        if (Files.isDirectory(dataFile)) {
            throw new IllegalArgumentException(DATA_FILE_VARIABLE + " names a folder, "
                    + dataFile + ": set it to a file inside a folder, such as "
                    + dataFile.resolve("mongo-standin.mv.db") + ".");
        }
        if (Files.exists(dataFile) && !Files.isWritable(dataFile)) {
            throw new IllegalArgumentException("The data file " + dataFile + " is not writable"
                    + " by this user: change its permissions, or set " + DATA_FILE_VARIABLE
                    + " to another file.");
        }
    }

    private static String valueOrDefault(Map<String, String> environment, String name,
            String defaultValue) {
        String value = environment.get(name);
        return value == null || value.isBlank() ? defaultValue : value.strip();
    }

    private static int port(String value) {
        try {
            int port = Integer.parseInt(value);
            if (port >= 0 && port <= 65535) {
                return port;
            }
        } catch (NumberFormatException e) {
            // Reported below with the allowed range.
        }
        throw new IllegalArgumentException("Invalid " + PORT_VARIABLE + " '" + value
                + "': set it to a port number from 0 to 65535 (0 picks a free port).");
    }
}
