package io.flixtube.streaming;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * Runs the docker CLI and the stage's scripts for the container tests, each command with a
 * time limit, the way a learner runs them in a terminal.
 */
final class Docker {

    /** The repository root, which is the build context of every image. */
    static final Path ROOT = Path.of("").toAbsolutePath().resolve("../..").normalize();

    /** Most docker commands here finish within seconds; builds and pushes get their own limit. */
    static final Duration COMMAND_TIMEOUT = Duration.ofSeconds(60);

    private Docker() {
    }

    /** Output and exit status of a finished command. */
    record Result(List<String> command, int exitCode, String stdout, String stderr) {

        /** Returns the last line of standard output, where the stage's scripts print their result. */
        String lastLine() {
            String[] lines = stdout.strip().split("\n");
            return lines[lines.length - 1].strip();
        }

        @Override
        public String toString() {
            return String.join(" ", command) + " exited with " + exitCode
                    + "\n--- stdout ---\n" + stdout + "\n--- stderr ---\n" + stderr;
        }
    }

    /** Returns a name no other test run uses, such as {@code flixtube-it-1a2b3c4d}. */
    static String uniqueName() {
        byte[] random = new byte[4];
        ThreadLocalRandom.current().nextBytes(random);
        return "flixtube-it-" + HexFormat.of().formatHex(random);
    }

    /** Runs {@code docker} with the arguments and fails the test unless it exits with 0. */
    static Result docker(String... arguments) {
        return succeeded(run(Map.of(), COMMAND_TIMEOUT, prepend("docker", arguments)));
    }

    /** Runs {@code docker} with the arguments, whatever its exit status. */
    static Result tryDocker(String... arguments) {
        return run(Map.of(), COMMAND_TIMEOUT, prepend("docker", arguments));
    }

    /** Runs one of the stage's scripts, with extra environment variables, and requires status 0. */
    static Result script(String name, Map<String, String> environment, Duration timeout) {
        Path script = ROOT.resolve("stage-02-docker/scripts").resolve(name);
        return succeeded(run(environment, timeout, List.of(script.toString())));
    }

    /** Returns the value of an environment variable that {@code .ci/containers} exports. */
    static String requiredEnvironment(String name) {
        String value = System.getenv(name);
        if (value == null || value.isBlank()) {
            fail(name + " is not set: run eval \"$(.ci/containers)\" before mvn verify -Pcontainers");
        }
        return value;
    }

    private static Result succeeded(Result result) {
        assertEquals(0, result.exitCode(), result::toString);
        return result;
    }

    private static List<String> prepend(String first, String... rest) {
        List<String> command = new ArrayList<>();
        command.add(first);
        command.addAll(List.of(rest));
        return command;
    }

    private static Result run(Map<String, String> environment, Duration timeout, List<String> command) {
        try {
            // Files rather than pipes, so that a command with a lot of output cannot block.
            Path stdout = Files.createTempFile("docker-it", ".out");
            Path stderr = Files.createTempFile("docker-it", ".err");
            try {
                ProcessBuilder builder = new ProcessBuilder(command)
                        .directory(ROOT.toFile())
                        .redirectOutput(stdout.toFile())
                        .redirectError(stderr.toFile());
                builder.environment().putAll(environment);
                Process process = builder.start();
                if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
                    process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
                    fail(String.join(" ", command) + " did not finish within " + timeout.toSeconds()
                            + " s; its output so far:\n" + read(stdout) + "\n" + read(stderr));
                }
                return new Result(command, process.exitValue(), read(stdout), read(stderr));
            } finally {
                Files.deleteIfExists(stdout);
                Files.deleteIfExists(stderr);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Could not run " + String.join(" ", command), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while running " + String.join(" ", command), e);
        }
    }

    /** Reads command output, replacing bytes that are not UTF-8 rather than failing on them. */
    private static String read(Path file) throws IOException {
        return new String(Files.readAllBytes(file), StandardCharsets.UTF_8);
    }
}
