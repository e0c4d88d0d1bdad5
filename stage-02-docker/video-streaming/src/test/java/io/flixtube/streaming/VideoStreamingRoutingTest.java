package io.flixtube.streaming;

import io.helidon.webserver.testing.junit5.DirectClient;
import io.helidon.webserver.testing.junit5.RoutingTest;

/**
 * Runs the {@code /video} contract against the routing in memory, with no socket.
 */
@RoutingTest
class VideoStreamingRoutingTest extends VideoStreamingContractTest {

    VideoStreamingRoutingTest(DirectClient client) {
        super(client);
    }
}
