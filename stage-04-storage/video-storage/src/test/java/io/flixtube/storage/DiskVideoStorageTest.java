package io.flixtube.storage;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import io.flixtube.common.ProblemException;
import io.helidon.http.Status;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/**
 * The disk backend on its own, including the path checks that hold even for an id that
 * {@link VideoId} would have rejected.
 */
class DiskVideoStorageTest {

    private final DiskVideoStorage storage = new DiskVideoStorage(VideoFolder.ROOT);

    @Test
    void findReturnsSizeAndType() throws IOException {
        StoredVideo video = storage.find("sample.mp4");
        assertEquals(VideoFolder.size(), video.size());
        assertEquals("video/mp4", video.contentType());
    }

    @Test
    void copyWritesTheRequestedBytes() throws IOException {
        StoredVideo video = storage.find("sample.mp4");
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        storage.copy(video, 100, 5000, body);
        assertArrayEquals(VideoFolder.bytes(100, 5099), body.toByteArray());
    }

    @Test
    void pathOutsideTheFolderIsRejected() {
        ProblemException failure = assertThrows(ProblemException.class,
                () -> storage.find("../secret.txt"));
        assertEquals(Status.BAD_REQUEST_400, failure.problem().status());
    }

    @Test
    void absolutePathIsRejected() {
        ProblemException failure = assertThrows(ProblemException.class,
                () -> storage.find(VideoFolder.ROOT.resolveSibling("secret.txt").toString()));
        assertEquals(Status.BAD_REQUEST_400, failure.problem().status());
    }

    @Test
    void outsideSymbolicLinkIsNotFound(@TempDir Path folder) throws IOException {
        Path outside = Files.writeString(folder.resolve("outside.mp4"), "outside");
        Path root = Files.createDirectory(folder.resolve("videos"));
        Files.createSymbolicLink(root.resolve("link.mp4"), outside);
        ProblemException failure = assertThrows(ProblemException.class,
                () -> new DiskVideoStorage(root).find("link.mp4"));
        assertEquals(Status.NOT_FOUND_404, failure.problem().status());
    }

    @Test
    void folderIsNotAVideo(@TempDir Path folder) throws IOException {
        Files.createDirectory(folder.resolve("inner.mp4"));
        ProblemException failure = assertThrows(ProblemException.class,
                () -> new DiskVideoStorage(folder).find("inner.mp4"));
        assertEquals(Status.NOT_FOUND_404, failure.problem().status());
    }

    @ParameterizedTest
    @CsvSource({"a.mp4, video/mp4", "a.MP4, video/mp4", "a.webm, video/webm",
            "a.ogv, video/ogg", "a.tar.mov, video/quicktime", "a, application/octet-stream",
            "a.txt, application/octet-stream"})
    void contentTypeComesFromTheExtension(String fileName, String contentType) {
        assertEquals(contentType, DiskVideoStorage.contentType(fileName));
    }
}
