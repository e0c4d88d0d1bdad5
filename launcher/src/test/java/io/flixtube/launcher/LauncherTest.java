package io.flixtube.launcher;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class LauncherTest {

    @TempDir
    Path root;

    private final ByteArrayOutputStream output = new ByteArrayOutputStream();
    private final PrintStream out = new PrintStream(output, true, StandardCharsets.UTF_8);

    @Test
    void unknownCommandPrintsUsageAndFails() {
        assertEquals(2, Launcher.run(new String[] {"start"}, root, out));
        assertTrue(printed().contains("Unknown command 'start'"), printed());
        assertTrue(printed().contains("Usage: ./flixtube up [stage]"), printed());
    }

    @Test
    void unknownStageListsTheStagesAndFails() {
        assertEquals(2, Launcher.run(new String[] {"up", "42"}, root, out));
        assertTrue(printed().contains("Unknown stage '42'"), printed());
        assertTrue(printed().contains("stage-01-single-service"), printed());
    }

    @Test
    void extraArgumentIsRejected() {
        assertEquals(2, Launcher.run(new String[] {"up", "01", "extra"}, root, out));
        assertTrue(printed().contains("Too many arguments"), printed());
    }

    @Test
    void stagesCommandListsEveryStage() {
        assertEquals(0, Launcher.run(new String[] {"stages"}, root, out));
        for (Stage stage : Stages.ALL) {
            assertTrue(printed().contains(stage.folder()), printed());
        }
    }

    @Test
    void noArgumentsPrintsUsage() {
        assertEquals(0, Launcher.run(new String[0], root, out));
        assertTrue(printed().contains("Usage"), printed());
    }

    @Test
    void takenPortIsReportedWithTheServiceName() throws IOException {
        try (ServerSocket taken = new ServerSocket()) {
            taken.bind(new InetSocketAddress(0));
            int port = taken.getLocalPort();
            LaunchException failure = assertThrows(LaunchException.class,
                    () -> ServiceProcess.checkPortFree("video-streaming", port));
            assertTrue(failure.getMessage().contains("Port " + port), failure.getMessage());
            assertTrue(failure.getMessage().contains("video-streaming"), failure.getMessage());
        }
    }

    private String printed() {
        return output.toString(StandardCharsets.UTF_8);
    }
}
