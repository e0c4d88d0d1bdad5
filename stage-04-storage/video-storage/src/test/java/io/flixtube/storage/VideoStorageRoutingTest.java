package io.flixtube.storage;

import io.helidon.webserver.testing.junit5.DirectClient;
import io.helidon.webserver.testing.junit5.RoutingTest;

/**
 * Runs the {@code /video?id=} contract against the routing in memory, with no socket.
 */
@RoutingTest
class VideoStorageRoutingTest extends VideoStorageContractTest {

    VideoStorageRoutingTest(DirectClient client) {
        super(client);
    }
}
