package io.flixtube.storage;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.concurrent.locks.ReentrantLock;

import com.azure.core.util.Context;
import com.azure.storage.blob.BlobClient;
import com.azure.storage.blob.BlobContainerClient;
import com.azure.storage.blob.models.BlobErrorCode;
import com.azure.storage.blob.models.BlobHttpHeaders;
import com.azure.storage.blob.models.BlobProperties;
import com.azure.storage.blob.models.BlobRange;
import com.azure.storage.blob.models.BlobStorageException;
import com.azure.storage.blob.models.ParallelTransferOptions;
import com.azure.storage.blob.options.BlobParallelUploadOptions;

import io.flixtube.common.Problem;
import io.flixtube.common.ProblemException;

/**
 * Keeps videos as blobs in one Azure Blob Storage container, each named by its id, with its
 * content type stored on the blob. A range is read from Blob Storage as a range, so seeking in
 * a large video downloads only the part the player asks for.
 */
public final class AzureVideoStorage implements VideoStorage {

    private static final System.Logger LOGGER = System.getLogger(AzureVideoStorage.class.getName());

    // Uploads are sent as blocks of this size, two at a time, so memory stays flat.
    private static final long UPLOAD_BLOCK_SIZE = 4L * 1024 * 1024;
    private static final Duration READY_TIMEOUT = Duration.ofSeconds(2);

    private final BlobContainerClient container;
    private final VideoSeed seed;
    private final ReentrantLock preparation = new ReentrantLock();
    private volatile boolean prepared;
    // Readiness logs a failure once, when it changes from ready, not on every probe.
    private volatile boolean lastReady = true;

    /**
     * Creates the storage over a container, which {@link #prepare()} creates when it is missing.
     *
     * @param container the container client, such as one for the container {@code videos}
     * @param seed      the videos to upload when the container has no blob of their name
     */
    public AzureVideoStorage(BlobContainerClient container, VideoSeed seed) {
        this.container = container;
        this.seed = seed;
    }

    /**
     * Creates the container when it is missing and uploads the seed videos it lacks.
     *
     * @throws RuntimeException when Blob Storage cannot be reached or rejects a request
     */
    public void prepare() {
        preparation.lock();
        try {
            if (prepared) {
                return;
            }
            if (container.createIfNotExists()) {
                LOGGER.log(System.Logger.Level.INFO, "Created blob container " + location());
            }
            seed.uploadMissing(this);
            prepared = true;
        } finally {
            preparation.unlock();
        }
    }

    /** Returns whether {@link #prepare()} has succeeded. */
    public boolean isPrepared() {
        return prepared;
    }

    @Override
    public StoredVideo find(String id) {
        BlobProperties properties;
        try {
            properties = container.getBlobClient(id).getProperties();
        } catch (BlobStorageException e) {
            throw problem(id, e);
        } catch (RuntimeException e) {
            throw unreachable(id, e);
        }
        String contentType = properties.getContentType() == null
                ? DiskVideoStorage.DEFAULT_CONTENT_TYPE : properties.getContentType();
        return new StoredVideo(id, properties.getBlobSize(), contentType);
    }

    /**
     * Writes the bytes with one ranged download, so Blob Storage sends only the range.
     */
    @Override
    public void copy(StoredVideo video, long first, long length, OutputStream body)
            throws IOException {
        BlobClient blob = container.getBlobClient(video.id());
        try {
            blob.downloadStreamWithResponse(body, new BlobRange(first, length), null, null,
                    false, null, Context.NONE);
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }

    /**
     * Stores a video under an id, replacing a blob of that name, with its content type; the
     * stream is sent in blocks and never held whole.
     *
     * @param id          a video id that {@link VideoId#validate} accepts
     * @param video       the bytes, read to their end
     * @param contentType the media type to store with the blob, such as {@code video/mp4}
     */
    public void upload(String id, InputStream video, String contentType) {
        BlobParallelUploadOptions options = new BlobParallelUploadOptions(video)
                .setHeaders(new BlobHttpHeaders().setContentType(contentType))
                .setParallelTransferOptions(new ParallelTransferOptions()
                        .setBlockSizeLong(UPLOAD_BLOCK_SIZE)
                        .setMaxSingleUploadSizeLong(UPLOAD_BLOCK_SIZE)
                        .setMaxConcurrency(2));
        container.getBlobClient(VideoId.validate(id))
                .uploadWithResponse(options, null, Context.NONE);
    }

    /** Returns whether a blob of this name exists. */
    public boolean contains(String id) {
        return container.getBlobClient(id).exists();
    }

    /**
     * Returns whether the container exists and responds within two seconds. Until the start's
     * preparation has succeeded, each call tries it once more, unless it is running already.
     */
    @Override
    public boolean isReady() {
        boolean ready;
        try {
            ready = (prepared || tryPrepare())
                    && container.existsWithResponse(READY_TIMEOUT, Context.NONE).getValue();
        } catch (RuntimeException e) {
            if (lastReady) {
                LOGGER.log(System.Logger.Level.WARNING, "Blob container " + location()
                        + " is not ready: " + e.getMessage());
            }
            ready = false;
        }
        lastReady = ready;
        return ready;
    }

    private boolean tryPrepare() {
        if (!preparation.tryLock()) {
            return false;
        }
        try {
            prepare();
            return true;
        } finally {
            preparation.unlock();
        }
    }

    @Override
    public String location() {
        return container.getBlobContainerUrl();
    }

    private ProblemException problem(String id, BlobStorageException e) {
        boolean containerMissing = BlobErrorCode.CONTAINER_NOT_FOUND.equals(e.getErrorCode());
        if (e.getStatusCode() == 404 && !containerMissing) {
            return new ProblemException(Problem.notFound("No video with id '" + id + "'."), e);
        }
        LOGGER.log(System.Logger.Level.WARNING, "Blob Storage returned " + e.getStatusCode()
                + " (" + e.getErrorCode() + ") for video " + id);
        String detail = "Blob Storage returned " + e.getStatusCode() + " " + e.getErrorCode()
                + " for video '" + id + "'.";
        // A missing container is a start that has not finished; anything else is an error.
        return new ProblemException(containerMissing
                ? Problem.serviceUnavailable(detail) : Problem.badGateway(detail), e);
    }

    private ProblemException unreachable(String id, RuntimeException e) {
        LOGGER.log(System.Logger.Level.WARNING, "Blob Storage at " + location()
                + " cannot be reached for video " + id, e);
        return new ProblemException(Problem.serviceUnavailable("Blob Storage cannot be reached"
                + " for video '" + id + "': " + e.getMessage()), e);
    }
}
