package io.flixtube.testing;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.Arrays;
import java.util.Random;

import com.azure.core.util.Context;
import com.azure.storage.blob.BlobClient;
import com.azure.storage.blob.BlobContainerClient;
import com.azure.storage.blob.BlobServiceClient;
import com.azure.storage.blob.BlobServiceClientBuilder;
import com.azure.storage.blob.models.BlobHttpHeaders;
import com.azure.storage.blob.models.BlobProperties;
import com.azure.storage.blob.models.BlobRange;
import com.azure.storage.blob.models.BlobDownloadResponse;
import com.azure.storage.blob.options.BlobParallelUploadOptions;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.testcontainers.containers.GenericContainer;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Runs the Azurite image from {@code FLIXTUBE_AZURITE_IMAGE} and uses it with the real Azure
 * Storage Blob SDK, which sends an API version newer than Azurite 3.35 supports.
 */
@Tag("containers")
class AzuriteContainerIT {

    private static final int VIDEO_SIZE = 3 * 1024 * 1024 + 17;

    @Test
    void uploadedBlobDownloadsByRange() {
        byte[] video = new byte[VIDEO_SIZE];
        new Random(4).nextBytes(video);
        try (GenericContainer<?> azurite = Containers.azurite()) {
            azurite.start();
            BlobServiceClient service = new BlobServiceClientBuilder()
                    .connectionString(Containers.azuriteConnectionString(azurite))
                    .buildClient();
            BlobContainerClient videos = service.createBlobContainerIfNotExists("videos");
            BlobClient blob = videos.getBlobClient("video-1");

            blob.uploadWithResponse(new BlobParallelUploadOptions(new ByteArrayInputStream(video))
                    .setHeaders(new BlobHttpHeaders().setContentType("video/mp4")), null,
                    Context.NONE);
            ByteArrayOutputStream part = new ByteArrayOutputStream();
            BlobDownloadResponse response = blob.downloadStreamWithResponse(part,
                    new BlobRange(1_000_000, 4096L), null, null, false, null, Context.NONE);
            BlobProperties properties = blob.getProperties();

            assertEquals(206, response.getStatusCode());
            assertArrayEquals(Arrays.copyOfRange(video, 1_000_000, 1_004_096), part.toByteArray());
            assertEquals(VIDEO_SIZE, properties.getBlobSize());
            assertEquals("video/mp4", properties.getContentType());
        }
    }
}
