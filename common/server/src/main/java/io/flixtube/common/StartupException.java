package io.flixtube.common;

/**
 * Thrown when a service cannot start because a setting is missing or points at something
 * unusable. Its message names the setting and the environment variable that overrides it.
 */
public class StartupException extends RuntimeException {

    /** Creates the exception with a message that states what to fix. */
    public StartupException(String message) {
        super(message);
    }

    /** Creates the exception with a message that states what to fix, keeping its cause. */
    public StartupException(String message, Throwable cause) {
        super(message, cause);
    }
}
