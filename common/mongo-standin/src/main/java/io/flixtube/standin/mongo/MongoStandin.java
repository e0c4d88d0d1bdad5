package io.flixtube.standin.mongo;

import java.net.BindException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.file.Path;
import java.util.Optional;

import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.h2.H2Backend;
import org.h2.mvstore.MVStoreException;

/**
 * A MongoDB-compatible server for tests and for machines without MongoDB: mongo-java-server
 * with its H2 backend, which keeps every database in one H2 MVStore file.
 *
 * <p>Tests start it in-process on a free port and pass {@link #connectionString()} to the
 * MongoDB driver:
 * <pre>{@code
 * try (MongoStandin mongo = MongoStandin.start(0, null);
 *      MongoClient client = MongoClients.create(mongo.connectionString())) {
 *     client.getDatabase("metadata").getCollection("videos").insertOne(new Document("name", "a"));
 * }
 * }</pre>
 *
 * <p>It speaks the MongoDB wire protocol, but it is not MongoDB: it has no authentication, no
 * replica sets and no transactions, and it implements a subset of the query language.
 */
public final class MongoStandin implements AutoCloseable {

    /** The address that {@link #start(int, Path)} binds: loopback only, as tests need. */
    public static final String LOOPBACK = "127.0.0.1";

    private final MongoServer server;
    private final InetSocketAddress address;
    private final Path dataFile;

    private MongoStandin(MongoServer server, InetSocketAddress address, Path dataFile) {
        this.server = server;
        this.address = address;
        this.dataFile = dataFile;
    }

    /**
     * Starts a server on 127.0.0.1.
     *
     * @param port     the TCP port, or 0 for a free one
     * @param dataFile the H2 MVStore file that keeps the data between starts, or {@code null}
     *                 to keep it in memory only
     * @throws MongoStandinException when the port is taken or the data file cannot be opened
     */
    public static MongoStandin start(int port, Path dataFile) {
        return start(LOOPBACK, port, dataFile);
    }

    /**
     * Starts a server on the given host address ({@code 0.0.0.0} for every interface).
     *
     * @param host     the address to bind
     * @param port     the TCP port, or 0 for a free one
     * @param dataFile the H2 MVStore file, or {@code null} to keep the data in memory only
     * @throws MongoStandinException when the address is taken or the data file cannot be opened
     */
    public static MongoStandin start(String host, int port, Path dataFile) {
        H2Backend backend = openBackend(dataFile);
        MongoServer server = new MongoServer(backend);
        try {
            server.bind(host, port);
        } catch (Exception e) {
            // Netty rethrows the socket's BindException unchecked, so catching Exception is the
            // only way to see it. MongoServer.bind closes the backend itself when it fails.
            throw new MongoStandinException(MongoStandinException.Kind.ADDRESS,
                    "Cannot listen on " + host + ":" + port + ": " + bindFailure(e), e);
        }
        return new MongoStandin(server, server.getLocalAddress(), dataFile);
    }

    /**
     * Returns the URI for the MongoDB driver, such as {@code mongodb://127.0.0.1:27017}; a
     * server bound to every interface is reached through {@code localhost}.
     */
    public String connectionString() {
        return "mongodb://" + connectHost() + ":" + port();
    }

    /** Returns the TCP port the server listens on. */
    public int port() {
        return address.getPort();
    }

    /** Returns the H2 MVStore file that keeps the data, or empty when it lives in memory. */
    public Optional<Path> dataFile() {
        return Optional.ofNullable(dataFile);
    }

    /**
     * Closes the client connections, stops listening and closes the H2 store, which writes
     * the changes not yet saved to the data file.
     */
    @Override
    public void close() {
        server.shutdownNow();
    }

    private String connectHost() {
        InetAddress bound = address.getAddress();
        if (bound.isAnyLocalAddress()) {
            return "localhost";
        }
        String literal = bound.getHostAddress();
        return literal.contains(":") ? "[" + literal + "]" : literal;
    }

    private static H2Backend openBackend(Path dataFile) {
        if (dataFile == null) {
            return H2Backend.inMemory();
        }
        try {
            return new H2Backend(dataFile.toAbsolutePath().toString());
        } catch (MVStoreException e) {
            // H2 locks the file while a store has it open: this is also the error when another
            // stand-in already uses the same file.
            throw new MongoStandinException(MongoStandinException.Kind.DATA_FILE,
                    "Cannot open the data file " + dataFile + ": " + e.getMessage(), e);
        }
    }

    private static String bindFailure(Exception e) {
        Throwable failure = e;
        while (failure.getCause() != null && !(failure instanceof BindException)) {
            failure = failure.getCause();
        }
        return failure.getMessage();
    }
}
