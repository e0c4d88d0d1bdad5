package io.flixtube.launcher;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The stages that {@code ./flixtube up} can start, and how a stage name typed by a user
 * resolves to one of them.
 */
public final class Stages {

    /** Every runnable stage, in teaching order; the last one is the default. */
    public static final List<Stage> ALL = List.of(
            new Stage("stage-01-single-service",
                    List.of(new ServiceSpec("video-streaming", 4001)),
                    "video-streaming", "/video"),
            new Stage("stage-02-docker",
                    List.of(new ServiceSpec("video-streaming", 4001)),
                    "video-streaming", "/video"),
            // video-storage serves the sample video that the build copies beside its jar.
            new Stage("stage-03-compose",
                    List.of(new ServiceSpec("video-storage", 4005),
                            new ServiceSpec("video-streaming", 4001, Map.of(
                                    "APP_VIDEO_STORAGE_HOST", "localhost",
                                    "APP_VIDEO_STORAGE_PORT", "4005"))),
                    "video-streaming", "/video?id=sample.mp4"),
            // The MongoDB stand-in keeps its data in .flixtube/stage-04-storage. video-streaming
            // loads the stage's two fixture videos into it at start. video-storage serves their
            // files from the disk folder that the build fills.
            new Stage("stage-04-storage",
                    List.of(new Infrastructure("mongodb", "common/mongo-standin", "mongo-standin",
                            27017, Map.of(
                                    "MONGO_HOST", "127.0.0.1",
                                    "MONGO_PORT", "27017",
                                    "MONGO_DATA_FILE", "{data}/mongo-standin.mv.db"))),
                    List.of(new ServiceSpec("video-storage", 4005, Map.of(
                                    "APP_STORAGE_BACKEND", "disk")),
                            new ServiceSpec("video-streaming", 4001, Map.of(
                                    "APP_VIDEO_STORAGE_HOST", "localhost",
                                    "APP_VIDEO_STORAGE_PORT", "4005",
                                    "APP_MONGODB_URI", "mongodb://127.0.0.1:27017",
                                    "APP_FIXTURES_FILE", "fixtures/videos.json"))),
                    "video-streaming", "/video?id=65a1f0c2e4b0a1b2c3d4e501"));

    private Stages() {
    }

    /** Returns the stage that {@code ./flixtube up} starts when no stage is named. */
    public static Stage defaultStage() {
        return ALL.getLast();
    }

    /**
     * Finds a stage by its number ({@code 01} or {@code 1}), its short name ({@code stage-01})
     * or its folder name ({@code stage-01-single-service}); a trailing slash is ignored.
     *
     * @throws IllegalArgumentException listing the stages when none matches
     */
    public static Stage resolve(String name) {
        String requested = name.trim().toLowerCase(Locale.ROOT);
        if (requested.endsWith("/")) {
            requested = requested.substring(0, requested.length() - 1);
        }
        if (requested.matches("\\d")) {
            requested = "0" + requested;
        }
        for (Stage stage : ALL) {
            String number = stage.number();
            if (requested.equals(number) || requested.equals("stage-" + number)
                    || requested.equals(stage.folder())) {
                return stage;
            }
        }
        throw new IllegalArgumentException("Unknown stage '" + name + "'. Stages: "
                + ALL.stream().map(Stage::folder).collect(Collectors.joining(", "))
                + " (give the folder name, stage-NN or NN).");
    }
}
