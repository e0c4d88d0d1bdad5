package io.flixtube.testing;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A {@code ./flixtube} command run as a process, as a user runs it, with its output collected
 * for assertions.
 */
public final class FlixtubeProcess implements AutoCloseable {

    private static final Pattern URL_LINE = Pattern.compile("is up at (http://\\S+)");

    private final Process process;
    private final List<String> lines = Collections.synchronizedList(new ArrayList<>());

    private FlixtubeProcess(Process process) {
        this.process = process;
        Thread.ofVirtual().name("flixtube-output").start(this::collectOutput);
    }

    /** Starts {@code ./flixtube} with the given arguments in the repository root. */
    public static FlixtubeProcess start(String... arguments) {
        List<String> command = new ArrayList<>();
        command.add(Repository.root().resolve("flixtube").toString());
        command.addAll(List.of(arguments));
        try {
            Process process = new ProcessBuilder(command)
                    .directory(Repository.root().toFile())
                    .redirectErrorStream(true)
                    .start();
            return new FlixtubeProcess(process);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot start " + command, e);
        }
    }

    /**
     * Waits for the line that reports the stage is up and returns the URL in it.
     *
     * @throws AssertionError with the output so far when the process ends or time runs out
     */
    public URI awaitUrl(Duration timeout) throws InterruptedException {
        Instant deadline = Instant.now().plus(timeout);
        while (Instant.now().isBefore(deadline)) {
            for (String line : output()) {
                Matcher matcher = URL_LINE.matcher(line);
                if (matcher.find()) {
                    return URI.create(matcher.group(1));
                }
            }
            if (!process.isAlive()) {
                throw new AssertionError("flixtube exited with status " + process.exitValue()
                        + " before printing a URL:\n" + String.join("\n", output()));
            }
            Thread.sleep(100);
        }
        throw new AssertionError("flixtube printed no URL within " + timeout + ":\n"
                + String.join("\n", output()));
    }

    /** Waits for the process to end and returns its exit status, or -1 after the timeout. */
    public int awaitExit(Duration timeout) throws InterruptedException {
        return process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS) ? process.exitValue() : -1;
    }

    /** Sends SIGINT, as Ctrl-C in a terminal does. */
    public void interrupt() throws IOException, InterruptedException {
        Process kill = new ProcessBuilder("kill", "-INT", Long.toString(process.pid())).start();
        if (!kill.waitFor(10, TimeUnit.SECONDS) || kill.exitValue() != 0) {
            throw new IOException("kill -INT " + process.pid() + " failed");
        }
    }

    /** Returns the processes that the launcher started, such as the services. */
    public List<ProcessHandle> descendants() {
        return process.descendants().toList();
    }

    /** Returns the output lines so far. */
    public List<String> output() {
        synchronized (lines) {
            return List.copyOf(lines);
        }
    }

    /** Kills the launcher and everything it started, if still running. */
    @Override
    public void close() {
        process.descendants().forEach(ProcessHandle::destroyForcibly);
        process.destroyForcibly();
    }

    private void collectOutput() {
        try (BufferedReader reader = new BufferedReader(
                new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = reader.readLine()) != null) {
                lines.add(line);
            }
        } catch (IOException e) {
            lines.add("(output closed: " + e.getMessage() + ")");
        }
    }
}
