package io.flixtube.common;

import io.helidon.webserver.http.ServerResponse;

/**
 * An exception that a handler throws to respond with a problem details body. The error handler
 * that {@link ProblemHandling} registers sends it.
 */
public class ProblemException extends RuntimeException {

    private final transient Problem problem;

    /** Creates an exception that is sent as the given problem. */
    public ProblemException(Problem problem) {
        this(problem, null);
    }

    /** Creates an exception that is sent as the given problem, keeping its cause. */
    public ProblemException(Problem problem, Throwable cause) {
        super(problem.detail(), cause);
        this.problem = problem;
    }

    /** Returns the problem to send. */
    public Problem problem() {
        return problem;
    }

    /** Sends the problem, with any headers that belong to it. */
    public void send(ServerResponse response) {
        problem.send(response);
    }
}
