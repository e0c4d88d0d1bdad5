package io.flixtube.storage;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

import io.flixtube.common.Settings;

/**
 * A video folder for tests. It contains a copy of the sample video and a file whose extension
 * has no video type, and a secret file lies one level above it, out of every request's reach.
 */
final class VideoFolder {

    /** The sample video where the default {@code app.storage.directory} points. */
    static final Path SAMPLE = Settings.installDirectory(Main.class).resolve("videos/sample.mp4");

    /** The text of the file above the folder. */
    static final String SECRET = "secret text outside the video folder";

    /** The folder of videos. */
    static final Path ROOT = create();

    private VideoFolder() {
    }

    /** Returns the whole sample video. */
    static byte[] bytes() {
        try {
            return Files.readAllBytes(SAMPLE);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Returns bytes {@code first} to {@code last} of the sample video, both inclusive. */
    static byte[] bytes(long first, long last) {
        return Arrays.copyOfRange(bytes(), (int) first, (int) last + 1);
    }

    /** Returns the size of the sample video, in bytes. */
    static long size() {
        return bytes().length;
    }

    private static Path create() {
        try {
            Path parent = Files.createTempDirectory("flixtube-storage-test");
            Files.writeString(parent.resolve("secret.txt"), SECRET, StandardCharsets.UTF_8);
            Path root = Files.createDirectory(parent.resolve("videos"));
            Files.copy(SAMPLE, root.resolve("sample.mp4"));
            Files.writeString(root.resolve("notes.bin"), "not a video", StandardCharsets.UTF_8);
            return root;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
