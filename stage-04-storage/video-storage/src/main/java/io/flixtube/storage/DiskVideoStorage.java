package io.flixtube.storage;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;

import io.flixtube.common.Problem;
import io.flixtube.common.ProblemException;

/**
 * Keeps videos as files in one folder, each named by its id. The content type comes from the
 * file name's extension, because a plain folder has nowhere else to keep it.
 */
public final class DiskVideoStorage implements VideoStorage {

    /** The content type of a file whose extension is not in {@link #CONTENT_TYPES}. */
    static final String DEFAULT_CONTENT_TYPE = "application/octet-stream";

    private static final Map<String, String> CONTENT_TYPES = Map.of(
            "mp4", "video/mp4",
            "m4v", "video/mp4",
            "webm", "video/webm",
            "ogv", "video/ogg",
            "mov", "video/quicktime",
            "mkv", "video/x-matroska");

    private static final int BUFFER_SIZE = 256 * 1024;

    private final Path root;

    /**
     * Creates the storage for a folder.
     *
     * @param root an existing folder; it is made absolute and normalized here
     */
    public DiskVideoStorage(Path root) {
        this.root = root.toAbsolutePath().normalize();
    }

    @Override
    public StoredVideo find(String id) throws IOException {
        Path file = file(id);
        if (!Files.isRegularFile(file) || !file.toRealPath().startsWith(root.toRealPath())) {
            // A symbolic link that leads out of the folder is treated as no video at all.
            throw new ProblemException(Problem.notFound("No video with id '" + id + "'."));
        }
        return new StoredVideo(id, Files.size(file), contentType(id));
    }

    @Override
    public void copy(StoredVideo video, long first, long length, OutputStream body)
            throws IOException {
        try (FileChannel channel = FileChannel.open(file(video.id()))) {
            byte[] buffer = new byte[BUFFER_SIZE];
            long position = first;
            long end = first + length;
            while (position < end) {
                int requested = (int) Math.min(buffer.length, end - position);
                int read = channel.read(ByteBuffer.wrap(buffer, 0, requested), position);
                if (read < 0) {
                    throw new IOException("Video " + video.id() + " ended at byte " + position
                            + ", before the " + end + " bytes its size promised");
                }
                body.write(buffer, 0, read);
                position += read;
            }
        }
    }

    @Override
    public boolean isReady() {
        return Files.isDirectory(root) && Files.isReadable(root);
    }

    @Override
    public String location() {
        return root.toString();
    }

    /** Returns the content type for a file name, from its extension. */
    static String contentType(String fileName) {
        int dot = fileName.lastIndexOf('.');
        String extension = dot < 0 ? "" : fileName.substring(dot + 1).toLowerCase(Locale.ROOT);
        return CONTENT_TYPES.getOrDefault(extension, DEFAULT_CONTENT_TYPE);
    }

    // VideoId already keeps folders out of ids; this check still applies if that rule changes.
    private Path file(String id) {
        Path file = root.resolve(id).normalize();
        if (!file.startsWith(root) || file.equals(root)) {
            throw new ProblemException(Problem.badRequest(
                    "Invalid video id '" + id + "': it names a path outside the video folder."));
        }
        return file;
    }
}
