package io.flixtube.storage;

import java.time.Duration;

import com.azure.core.http.policy.HttpPipelinePolicy;
import com.azure.storage.blob.BlobContainerClient;
import com.azure.core.util.HttpClientOptions;
import com.azure.storage.blob.BlobServiceClientBuilder;
import com.azure.storage.common.StorageSharedKeyCredential;
import com.azure.storage.common.policy.RequestRetryOptions;
import com.azure.storage.common.policy.RetryPolicyType;

import io.flixtube.common.Settings;
import io.flixtube.common.StartupException;
import io.helidon.config.Config;

/**
 * Builds the Blob Storage client of the azure backend from {@code app.storage.azure}: a
 * connection string, or an account name and key with an optional endpoint.
 */
final class AzureConnection {

    // Two tries, a second apart: a request for a video fails within seconds when Blob Storage
    // is down, instead of retrying for a minute while the viewer waits.
    private static final RequestRetryOptions RETRIES = new RequestRetryOptions(
            RetryPolicyType.EXPONENTIAL, 2, (Duration) null, Duration.ofSeconds(1),
            Duration.ofSeconds(2), null);

    // A short connect timeout, because the HTTP client's default of 10 s per try made a video
    // request wait about 20 s before its 503 while Blob Storage was unreachable. Reads keep
    // their default, so that a slow download of a large range is not cut short.
    private static final HttpClientOptions HTTP = new HttpClientOptions()
            .setConnectTimeout(Duration.ofSeconds(2));

    private AzureConnection() {
    }

    /**
     * Returns a client for the container; nothing is sent to Blob Storage yet.
     *
     * @param azure    the {@code app.storage.azure} node
     * @param policies extra steps for each request, such as a test's request recorder
     * @throws StartupException naming the settings when the account is not given or is invalid
     */
    static BlobContainerClient container(Config azure, HttpPipelinePolicy... policies) {
        BlobServiceClientBuilder builder = new BlobServiceClientBuilder()
                .retryOptions(RETRIES)
                .clientOptions(HTTP);
        for (HttpPipelinePolicy policy : policies) {
            builder.addPolicy(policy);
        }
        String connectionString = value(azure, "connection-string");
        try {
            if (!connectionString.isBlank()) {
                builder.connectionString(connectionString);
            } else {
                account(azure, builder);
            }
            return builder.buildClient()
                    .getBlobContainerClient(Settings.required(azure, "container"));
        } catch (IllegalArgumentException e) {
            // The message of the SDK names what is wrong; it never contains the key.
            throw new StartupException("Invalid Azure Blob Storage settings: " + e.getMessage()
                    + ". Check " + variable("connection-string") + ", or "
                    + variable("account-name") + ", " + variable("account-key") + " and "
                    + variable("endpoint") + ".", e);
        }
    }

    private static void account(Config azure, BlobServiceClientBuilder builder) {
        String name = value(azure, "account-name");
        String key = value(azure, "account-key");
        if (name.isBlank() || key.isBlank()) {
            throw new StartupException("Missing Azure Blob Storage account: set "
                    + variable("connection-string") + ", or both " + variable("account-name")
                    + " and " + variable("account-key") + ".");
        }
        String endpoint = value(azure, "endpoint");
        builder.endpoint(endpoint.isBlank() ? "https://" + name + ".blob.core.windows.net" : endpoint)
                .credential(new StorageSharedKeyCredential(name, key));
    }

    private static String value(Config azure, String key) {
        return azure.get(key).asString().orElse("").strip();
    }

    private static String variable(String key) {
        return Settings.environmentVariable("app.storage.azure." + key);
    }
}
