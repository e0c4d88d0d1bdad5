package io.flixtube.storage;

import java.io.IOException;
import java.io.OutputStream;

/**
 * The backend that keeps video-storage's videos; configuration chooses the implementation.
 */
public interface VideoStorage {

    /**
     * Looks up the size and content type of a video.
     *
     * @param id a video id that {@link VideoId#validate} accepted
     * @throws io.flixtube.common.ProblemException with 404 when no video has this id
     * @throws IOException when the backend cannot be read
     */
    StoredVideo find(String id) throws IOException;

    /**
     * Writes {@code length} bytes of a video, starting at byte {@code first}, to {@code body}
     * as they are read, without holding the video in memory.
     *
     * @throws IOException when the backend or the client connection fails
     */
    void copy(StoredVideo video, long first, long length, OutputStream body) throws IOException;

    /** Returns whether the backend can serve videos now; readiness reports it. */
    boolean isReady();

    /** Returns where the videos are, for logs and health details, such as a folder path. */
    String location();
}
