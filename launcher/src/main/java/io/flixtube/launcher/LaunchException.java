package io.flixtube.launcher;

/**
 * Thrown when a stage cannot be started; its message states what failed and what to do.
 */
public class LaunchException extends RuntimeException {

    /** Creates the exception with a message for the user. */
    public LaunchException(String message) {
        super(message);
    }

    /** Creates the exception with a message for the user, keeping its cause. */
    public LaunchException(String message, Throwable cause) {
        super(message, cause);
    }
}
