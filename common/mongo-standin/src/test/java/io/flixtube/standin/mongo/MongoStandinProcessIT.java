package io.flixtube.standin.mongo;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.model.Filters;
import org.bson.Document;
import org.bson.types.ObjectId;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Runs {@code java -jar target/mongo-standin.jar} as a process, as the launcher and the image
 * do, and stops it with SIGTERM.
 */
class MongoStandinProcessIT {

    private static final Path JAR = Path.of("target", "mongo-standin.jar");
    private static final Pattern STARTED = Pattern.compile(
            "mongo-standin started in \\d+ ms, listening on (mongodb://127\\.0\\.0\\.1:(\\d+)) .*");
    private static final Duration TIMEOUT = Duration.ofSeconds(30);

    @TempDir
    Path folder;

    @Test
    void sigtermSavesDataForNextStart() throws Exception {
        Path dataFile = folder.resolve("mongo.mv.db");
        ObjectId id = new ObjectId();

        try (RunningJar first = RunningJar.start(dataFile)) {
            String uri = first.awaitStarted();
            try (MongoClient client = MongoClients.create(uri)) {
                client.getDatabase("metadata").getCollection("videos")
                        .insertOne(new Document("_id", id).append("videoPath", "sigterm.mp4"));
            }
            int status = first.stop();

            // A JVM that ran its shutdown hooks after SIGTERM exits with 128 + 15.
            assertEquals(143, status, first.output());
            assertTrue(first.output().contains("mongo-standin stopped, data saved in " + dataFile),
                    first.output());
        }

        try (RunningJar second = RunningJar.start(dataFile);
             MongoClient client = MongoClients.create(second.awaitStarted())) {
            Document found = client.getDatabase("metadata").getCollection("videos")
                    .find(Filters.eq("_id", id)).first();

            assertNotNull(found, "the document inserted before SIGTERM is gone");
            assertEquals("sigterm.mp4", found.getString("videoPath"));
        }
    }

    @Test
    void missingDataFolderStopsWithVariableName() throws Exception {
        try (RunningJar jar = RunningJar.start(folder.resolve("absent/mongo.mv.db"))) {
            int status = jar.awaitExit();

            assertEquals(1, status, jar.output());
            assertTrue(jar.output().contains("did not start: The data folder"), jar.output());
            assertTrue(jar.output().contains("MONGO_DATA_FILE"), jar.output());
        }
    }

    /** The jar running in a child process, its output collected line by line. */
    private record RunningJar(Process process, BlockingQueue<String> lines, StringBuffer all)
            implements AutoCloseable {

        static RunningJar start(Path dataFile) throws IOException {
            assertTrue(Files.isRegularFile(JAR), JAR + " is missing: run mvn package first");
            String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
            ProcessBuilder builder = new ProcessBuilder(List.of(java, "-jar", JAR.toString()))
                    .redirectErrorStream(true);
            builder.environment().put("MONGO_HOST", "127.0.0.1");
            builder.environment().put("MONGO_PORT", "0");
            builder.environment().put("MONGO_DATA_FILE", dataFile.toString());
            RunningJar jar = new RunningJar(builder.start(), new LinkedBlockingQueue<>(),
                    new StringBuffer());
            Thread.ofVirtual().start(jar::collectOutput);
            return jar;
        }

        /** Waits for the start line and returns the connection string it names. */
        String awaitStarted() throws InterruptedException {
            long deadline = System.nanoTime() + TIMEOUT.toNanos();
            while (System.nanoTime() < deadline) {
                String line = lines.poll(100, TimeUnit.MILLISECONDS);
                Matcher started = line == null ? null : STARTED.matcher(line);
                if (started != null && started.find()) {
                    return started.group(1);
                }
            }
            throw new AssertionError("No start line within " + TIMEOUT + "; output:\n" + all);
        }

        /** Sends SIGTERM and returns the exit status. */
        int stop() throws InterruptedException {
            // ProcessHandle.destroy sends SIGTERM on Unix; Process.destroy would also close the
            // output stream, losing the stop line.
            process.toHandle().destroy();
            return awaitExit();
        }

        int awaitExit() throws InterruptedException {
            assertTrue(process.waitFor(TIMEOUT.toSeconds(), TimeUnit.SECONDS),
                    "the process did not exit within " + TIMEOUT + "; output:\n" + all);
            // The collector thread ends at end of stream, just after the process exits.
            Thread.sleep(100);
            return process.exitValue();
        }

        String output() {
            return all.toString();
        }

        @Override
        public void close() throws InterruptedException {
            if (process.isAlive()) {
                process.destroyForcibly().waitFor(TIMEOUT.toSeconds(), TimeUnit.SECONDS);
            }
        }

        private void collectOutput() {
            try (BufferedReader reader = new BufferedReader(
                    new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
                String line;
                while ((line = reader.readLine()) != null) {
                    all.append(line).append('\n');
                    lines.add(line);
                }
            } catch (IOException e) {
                all.append("(reading the output failed: ").append(e).append(")\n");
            }
        }
    }
}
