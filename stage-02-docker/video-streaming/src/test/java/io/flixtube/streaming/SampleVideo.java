package io.flixtube.streaming;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

import io.flixtube.common.Settings;

/**
 * The sample video that the build copies beside the service's classes, where the default
 * {@code app.video.path} points.
 */
final class SampleVideo {

    static final Path PATH = Settings.installDirectory(Main.class).resolve("videos/sample.mp4");

    private SampleVideo() {
    }

    /** Returns the whole file. */
    static byte[] bytes() {
        try {
            return Files.readAllBytes(PATH);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Returns bytes {@code first} to {@code last} of the file, both inclusive. */
    static byte[] bytes(long first, long last) {
        return Arrays.copyOfRange(bytes(), (int) first, (int) last + 1);
    }

    /** Returns the size of the file, in bytes. */
    static long size() {
        return bytes().length;
    }
}
