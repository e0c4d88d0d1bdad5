package io.flixtube.storage;

/**
 * A video that a {@link VideoStorage} holds.
 *
 * @param id          the video id, such as {@code sample.mp4}
 * @param size        the size, in bytes
 * @param contentType the media type sent as Content-Type, such as {@code video/mp4}
 */
public record StoredVideo(String id, long size, String contentType) {
}
