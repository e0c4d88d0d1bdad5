package io.flixtube.standin.mongo;

/**
 * Thrown when the stand-in cannot start. Its kind names the setting to change.
 */
public class MongoStandinException extends RuntimeException {

    /** The setting that caused a start failure. */
    public enum Kind {
        /** The host or port: the address is taken or cannot be bound. */
        ADDRESS,
        /** The data file: its folder is unusable, or H2 cannot open or lock the file. */
        DATA_FILE
    }

    private final Kind kind;

    /** Creates the exception with the setting at fault and a message that names the value. */
    public MongoStandinException(Kind kind, String message, Throwable cause) {
        super(message, cause);
        this.kind = kind;
    }

    /** Returns the setting that caused the failure. */
    public Kind kind() {
        return kind;
    }
}
