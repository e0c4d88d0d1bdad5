package io.flixtube.common;

import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

import io.helidon.config.Config;

/**
 * Reads required settings from a service's configuration, which is {@code application.yaml}
 * overridden by environment variables ({@code app.video.path} by {@code APP_VIDEO_PATH}).
 */
public final class Settings {

    private Settings() {
    }

    /**
     * Returns a setting that must be present and not blank.
     *
     * @throws StartupException naming the key and its environment variable when it is missing
     */
    public static String required(Config config, String key) {
        String value = config.get(key).asString().orElse("");
        if (value.isBlank()) {
            throw new StartupException("Missing setting " + key + ": set the environment variable "
                    + environmentVariable(key) + " or the key in application.yaml.");
        }
        return value;
    }

    /**
     * Returns a required path setting. A relative path is resolved against the folder that
     * contains the service's classes (the jar's folder), never against the working directory.
     */
    public static Path path(Config config, String key, Class<?> serviceClass) {
        Path path = Path.of(required(config, key));
        return path.isAbsolute() ? path : installDirectory(serviceClass).resolve(path).normalize();
    }

    /**
     * Returns a required path setting that must name a readable regular file.
     *
     * @throws StartupException naming the setting when the file is missing, is a folder or
     *                          another kind of file, or cannot be read
     */
    public static Path readableFile(Config config, String key, Class<?> serviceClass) {
        Path file = path(config, key, serviceClass);
        String fix = ": set " + environmentVariable(key) + " (" + key + ") to a readable file.";
        if (!Files.exists(file)) {
            throw new StartupException("File " + file + " does not exist" + fix);
        }
        if (!Files.isRegularFile(file)) {
            throw new StartupException(file + " is a folder or a special file, not a regular file" + fix);
        }
        if (!Files.isReadable(file)) {
            throw new StartupException("File " + file + " cannot be read by this user" + fix);
        }
        return file;
    }

    /**
     * Returns the {@code server} section of the configuration after checking its port, so that
     * a wrong {@code SERVER_PORT} stops the service with a message rather than a stack trace.
     *
     * @throws StartupException when {@code server.port} is not a number from 0 to 65535
     */
    public static Config server(Config config) {
        Config server = config.get("server");
        String port = server.get("port").asString().orElse("0").trim();
        int number;
        try {
            number = Integer.parseInt(port);
        } catch (NumberFormatException e) {
            number = -1;
        }
        if (number < 0 || number > 65535) {
            throw new StartupException("Invalid setting server.port " + Problem.quote(port)
                    + ": set SERVER_PORT to a port number from 0 to 65535 (0 picks a free port).");
        }
        return server;
    }

    /** Returns the environment variable that overrides a configuration key. */
    public static String environmentVariable(String key) {
        return key.replace('.', '_').replace('-', '_').toUpperCase(Locale.ROOT);
    }

    /**
     * Returns the folder that contains the jar or classes folder a class was loaded from: the
     * service's {@code target/} folder in a build, its {@code /app} folder in an image.
     */
    public static Path installDirectory(Class<?> serviceClass) {
        try {
            Path location = Path.of(serviceClass.getProtectionDomain().getCodeSource().getLocation().toURI());
            return location.toAbsolutePath().getParent();
        } catch (URISyntaxException e) {
            throw new StartupException("Cannot locate the folder of " + serviceClass.getName(), e);
        }
    }
}
