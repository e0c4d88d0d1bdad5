package io.flixtube.launcher;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Builds the jars of a stage's services with Maven, unless they are newer than every file
 * they are built from.
 */
final class Build {

    private static final Pattern ANSI_ESCAPE = Pattern.compile("\\u001B\\[[0-9;]*m");

    private final Path root;

    /** Creates a build for the repository at {@code root}. */
    Build(Path root) {
        this.root = root;
    }

    /** Returns the jar of a service: {@code <stage>/<service>/target/<stage>-<service>.jar}. */
    Path jar(Stage stage, ServiceSpec service) {
        return root.resolve(stage.folder()).resolve(service.name())
                .resolve("target").resolve(stage.folder() + "-" + service.name() + ".jar");
    }

    /** Returns the jar of an infrastructure stand-in: {@code <module>/target/<artifactId>.jar}. */
    Path jar(Infrastructure part) {
        return root.resolve(part.module()).resolve("target").resolve(part.artifactId() + ".jar");
    }

    /** Returns whether every jar of the stage exists and is newer than the files it comes from. */
    boolean upToDate(Stage stage) {
        List<Path> jars = new ArrayList<>();
        stage.infrastructure().forEach(part -> jars.add(jar(part)));
        stage.services().forEach(service -> jars.add(jar(stage, service)));
        FileTime oldestJar = null;
        for (Path jar : jars) {
            if (!Files.isRegularFile(jar)) {
                return false;
            }
            FileTime modified = modified(jar);
            if (oldestJar == null || modified.compareTo(oldestJar) < 0) {
                oldestJar = modified;
            }
        }
        FileTime newestInput = newestInput(stage);
        return oldestJar != null && newestInput.compareTo(oldestJar) <= 0;
    }

    /** Returns the Maven command that builds the stage's services and what they depend on. */
    List<String> command(Stage stage) {
        String modules = String.join(",", stage.modules());
        String mvn = System.getProperty("os.name").startsWith("Windows") ? "mvn.cmd" : "mvn";
        return List.of(mvn, "-B", "-q", "-Dstyle.color=never", "-DskipTests", "-pl", modules, "-am",
                "package");
    }

    /**
     * Runs the Maven build and prints its output.
     *
     * @throws LaunchException when Maven cannot start or the build fails
     */
    void run(Stage stage, PrintStream out) {
        List<String> command = command(stage);
        try {
            Process maven = new ProcessBuilder(command)
                    .directory(root.toFile())
                    .redirectErrorStream(true)
                    .start();
            copyOutput(maven, out);
            int status = maven.waitFor();
            if (status != 0) {
                throw new LaunchException("The build failed (" + String.join(" ", command)
                        + " exited with status " + status + "); its output above says why.");
            }
        } catch (IOException e) {
            throw new LaunchException("Cannot run Maven (" + command.getFirst()
                    + "): install Maven 3.8 or newer and put mvn on the PATH.", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new LaunchException("The build was interrupted.", e);
        }
    }

    // Maven 3.8 prints color resets even in batch mode; they are dropped so that the output
    // reads cleanly in a file or a pipe.
    private static void copyOutput(Process maven, PrintStream out) throws IOException {
        try (BufferedReader reader = new BufferedReader(
                new InputStreamReader(maven.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = reader.readLine()) != null) {
                String plain = ANSI_ESCAPE.matcher(line).replaceAll("");
                if (!plain.isBlank()) {
                    out.println(plain);
                }
            }
        }
    }

    private FileTime newestInput(Stage stage) {
        List<Path> inputs = new ArrayList<>();
        inputs.add(root.resolve("pom.xml"));
        inputs.add(root.resolve("videos"));
        inputs.add(root.resolve("common"));
        inputs.add(root.resolve(stage.folder()).resolve("pom.xml"));
        stage.modules().forEach(module -> inputs.add(root.resolve(module)));
        FileTime newest = FileTime.fromMillis(0);
        for (Path input : inputs) {
            FileTime modified = newestUnder(input);
            if (modified.compareTo(newest) > 0) {
                newest = modified;
            }
        }
        return newest;
    }

    // The newest file under a folder, skipping build output in target/ folders.
    private static FileTime newestUnder(Path path) {
        if (!Files.exists(path)) {
            return FileTime.fromMillis(0);
        }
        try (Stream<Path> files = Files.walk(path)) {
            return files.filter(Files::isRegularFile)
                    .filter(file -> !isBuildOutput(path.relativize(file)))
                    .map(Build::modified)
                    .max(FileTime::compareTo)
                    .orElse(FileTime.fromMillis(0));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static boolean isBuildOutput(Path relative) {
        for (Path part : relative) {
            if (part.toString().equals("target")) {
                return true;
            }
        }
        return false;
    }

    private static FileTime modified(Path file) {
        try {
            return Files.getLastModifiedTime(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
