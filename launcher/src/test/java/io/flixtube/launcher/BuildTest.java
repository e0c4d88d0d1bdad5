package io.flixtube.launcher;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class BuildTest {

    private static final Stage STAGE = new Stage("stage-77-example",
            List.of(new Infrastructure("mongodb", "common/mongo", "mongo", 27017, java.util.Map.of())),
            List.of(new ServiceSpec("alpha", 4001), new ServiceSpec("beta", 4002)),
            "alpha", "/");
    private static final Instant SOURCES_TIME = Instant.parse("2026-01-01T10:00:00Z");

    @TempDir
    Path root;

    private Build build;

    @BeforeEach
    void createRepository() throws IOException {
        build = new Build(root);
        write("pom.xml", SOURCES_TIME);
        write("common/server/src/main/java/A.java", SOURCES_TIME);
        write("common/mongo/src/main/java/M.java", SOURCES_TIME);
        write("stage-77-example/pom.xml", SOURCES_TIME);
        write("stage-77-example/alpha/src/main/java/Alpha.java", SOURCES_TIME);
        write("stage-77-example/beta/src/main/java/Beta.java", SOURCES_TIME);
    }

    @Test
    void missingJarIsNotUpToDate() throws IOException {
        write("stage-77-example/alpha/target/stage-77-example-alpha.jar", SOURCES_TIME.plusSeconds(60));
        write("common/mongo/target/mongo.jar", SOURCES_TIME.plusSeconds(60));
        assertFalse(build.upToDate(STAGE));
    }

    @Test
    void jarsNewerThanSourcesAreUpToDate() throws IOException {
        writeJars(SOURCES_TIME.plusSeconds(60));
        assertTrue(build.upToDate(STAGE));
    }

    @Test
    void changedServiceSourceIsNotUpToDate() throws IOException {
        writeJars(SOURCES_TIME.plusSeconds(60));
        write("stage-77-example/beta/src/main/java/Beta.java", SOURCES_TIME.plusSeconds(120));
        assertFalse(build.upToDate(STAGE));
    }

    @Test
    void changedCommonSourceIsNotUpToDate() throws IOException {
        writeJars(SOURCES_TIME.plusSeconds(60));
        write("common/server/src/main/java/A.java", SOURCES_TIME.plusSeconds(120));
        assertFalse(build.upToDate(STAGE));
    }

    @Test
    void changedInfrastructureSourceIsNotUpToDate() throws IOException {
        writeJars(SOURCES_TIME.plusSeconds(60));
        write("common/mongo/src/main/java/M.java", SOURCES_TIME.plusSeconds(120));
        assertFalse(build.upToDate(STAGE));
    }

    @Test
    void newerBuildOutputDoesNotCount() throws IOException {
        writeJars(SOURCES_TIME.plusSeconds(60));
        write("stage-77-example/alpha/target/classes/Alpha.class", SOURCES_TIME.plusSeconds(120));
        assertTrue(build.upToDate(STAGE));
    }

    @Test
    void commandBuildsEveryModuleAndItsDependencies() {
        List<String> command = build.command(STAGE);
        assertEquals("common/mongo,stage-77-example/alpha,stage-77-example/beta",
                command.get(command.indexOf("-pl") + 1));
        assertTrue(command.contains("-am"));
        assertTrue(command.contains("package"));
        assertTrue(command.contains("-DskipTests"));
    }

    private void writeJars(Instant time) throws IOException {
        write("stage-77-example/alpha/target/stage-77-example-alpha.jar", time);
        write("stage-77-example/beta/target/stage-77-example-beta.jar", time);
        write("common/mongo/target/mongo.jar", time);
    }

    private void write(String relative, Instant time) throws IOException {
        Path file = root.resolve(relative);
        Files.createDirectories(file.getParent());
        Files.writeString(file, relative);
        Files.setLastModifiedTime(file, FileTime.from(time));
    }
}
