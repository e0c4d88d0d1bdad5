package io.flixtube.streaming;

import io.helidon.webserver.testing.junit5.DirectClient;
import io.helidon.webserver.testing.junit5.RoutingTest;

/**
 * Runs the {@code /video?id=} contract against the routing in memory; only the calls to the
 * fake video-storage use a socket.
 */
@RoutingTest
class VideoStreamingRoutingTest extends VideoStreamingContractTest {

    VideoStreamingRoutingTest(DirectClient client) {
        super(client);
    }
}
