package io.flixtube.storage;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * A folder of videos that an empty Blob Storage container starts with, such as the sample
 * videos for a demo. Each file whose name is a valid video id is uploaded under that name,
 * with the content type of its extension, unless the container already has a blob of that name.
 *
 * @param folder the folder, or {@code null} for no seed videos
 */
public record VideoSeed(Path folder) {

    private static final System.Logger LOGGER = System.getLogger(VideoSeed.class.getName());

    /** No seed videos. */
    public static final VideoSeed NONE = new VideoSeed(null);

    /**
     * Uploads each seed video that the storage lacks.
     *
     * @throws UncheckedIOException when the folder or a file cannot be read
     */
    void uploadMissing(AzureVideoStorage storage) {
        for (Path file : files()) {
            String id = file.getFileName().toString();
            if (storage.contains(id)) {
                continue;
            }
            try (InputStream video = Files.newInputStream(file)) {
                storage.upload(id, video, DiskVideoStorage.contentType(id));
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot read seed video " + file, e);
            }
            LOGGER.log(System.Logger.Level.INFO, "Uploaded seed video " + id + " to "
                    + storage.location());
        }
    }

    /** Returns the files of the folder whose names are valid video ids, in name order. */
    List<Path> files() {
        if (folder == null) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(Files::isRegularFile)
                    .filter(file -> VideoId.ALLOWED.matcher(file.getFileName().toString()).matches())
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot list the seed folder " + folder, e);
        }
    }
}
