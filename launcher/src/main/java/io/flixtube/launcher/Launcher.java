package io.flixtube.launcher;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Collectors;

/**
 * The {@code ./flixtube} command: {@code up [stage]} builds a stage when needed and runs its
 * services until Ctrl-C; {@code stages} lists the stages.
 */
public final class Launcher {

    private static final String USAGE = """
            Usage: ./flixtube up [stage]   build and start a stage (default: %s)
                   ./flixtube stages       list the stages
            A stage is named by its folder, stage-NN or NN, such as 01.""";

    private Launcher() {
    }

    /**
     * Runs the command; the repository root comes from the {@code flixtube.root} system
     * property that the wrapper scripts set, or is the working directory.
     */
    public static void main(String[] args) {
        Path root = Path.of(System.getProperty("flixtube.root", ".")).toAbsolutePath().normalize();
        int status = run(args, root, System.out);
        System.exit(status);
    }

    /** Runs a command and returns the process exit status. */
    static int run(String[] args, Path root, PrintStream out) {
        String command = args.length == 0 ? "help" : args[0];
        try {
            return switch (command) {
                case "up" -> {
                    if (args.length > 2) {
                        throw new IllegalArgumentException("Too many arguments after 'up': "
                                + String.join(" ", args) + ".\n" + usage());
                    }
                    yield up(args.length > 1 ? Stages.resolve(args[1]) : Stages.defaultStage(), root, out);
                }
                case "stages" -> {
                    out.println(Stages.ALL.stream().map(Stage::folder).collect(Collectors.joining("\n")));
                    yield 0;
                }
                case "help", "-h", "--help" -> {
                    out.println(usage());
                    yield 0;
                }
                default -> {
                    out.println("flixtube: Unknown command '" + command + "'.\n" + usage());
                    yield 2;
                }
            };
        } catch (IllegalArgumentException | LaunchException e) {
            out.println("flixtube: " + e.getMessage());
            return e instanceof LaunchException ? 1 : 2;
        }
    }

    private static int up(Stage stage, Path root, PrintStream out) {
        // Ports first, so that a taken one is reported before a build that may take a while.
        stage.infrastructure().forEach(part -> ServiceProcess.checkPortFree(part.name(), part.port()));
        stage.services().forEach(spec -> ServiceProcess.checkPortFree(spec.name(), spec.port()));

        Build build = new Build(root);
        if (build.upToDate(stage)) {
            out.println("flixtube | " + stage.folder() + " is up to date; skipping the build");
        } else {
            out.println("flixtube | building " + stage.folder() + ": "
                    + String.join(" ", build.command(stage)));
            build.run(stage, out);
        }

        StageRun run = new StageRun(stage, out);
        Thread hook = new Thread(run::stop, "flixtube-stop");
        Runtime.getRuntime().addShutdownHook(hook);
        run.start(build, currentJava(), dataFolder(root, stage));

        String url = "http://localhost:" + stage.frontService().port();
        out.println("flixtube | " + stage.folder() + " is up at " + url
                + " (open " + url + stage.tryPath() + "); press Ctrl-C to stop.");
        try {
            run.awaitExit();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        // A service ended on its own: stop the rest, and report failure.
        run.stop();
        return 1;
    }

    // Data that a stage keeps between runs, in a git-ignored folder: .flixtube/<stage>.
    private static Path dataFolder(Path root, Stage stage) {
        Path folder = root.resolve(".flixtube").resolve(stage.folder());
        try {
            Files.createDirectories(folder);
        } catch (IOException e) {
            throw new LaunchException("Cannot create the data folder " + folder + ": " + e.getMessage(), e);
        }
        return folder;
    }

    private static Path currentJava() {
        return ProcessHandle.current().info().command().map(Path::of)
                .orElseThrow(() -> new LaunchException("Cannot tell which java runs the launcher."));
    }

    private static String usage() {
        return USAGE.formatted(Stages.defaultStage().folder());
    }
}
