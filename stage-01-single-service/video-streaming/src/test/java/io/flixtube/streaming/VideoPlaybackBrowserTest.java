package io.flixtube.streaming;

import java.net.URI;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.Response;
import io.flixtube.testing.Browsers;
import io.flixtube.testing.Browsers.BrowserSession;
import io.helidon.webserver.http.HttpRouting;
import io.helidon.webserver.testing.junit5.ServerTest;
import io.helidon.webserver.testing.junit5.SetUpRoute;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Plays {@code /video} in headless Chromium, as a viewer's browser does: the picture decodes,
 * time advances, and a seek is served by a Range request.
 */
@ServerTest
class VideoPlaybackBrowserTest {

    private static BrowserSession browser;

    private final URI server;

    VideoPlaybackBrowserTest(URI server) {
        this.server = server;
    }

    @SetUpRoute
    static void routing(HttpRouting.Builder routing) {
        Main.routing(routing, SampleVideo.PATH);
    }

    @BeforeAll
    static void startBrowser() {
        browser = Browsers.chromium();
    }

    @AfterAll
    static void stopBrowser() {
        if (browser != null) {
            browser.close();
        }
    }

    @Test
    void videoDecodesPlaysAndSeeksWithRange() {
        List<Response> responses = new CopyOnWriteArrayList<>();
        try (Page page = browser.browser().newPage()) {
            page.onResponse(responses::add);
            // preload=metadata makes Chromium stop reading after the index, so data from the
            // middle has to be fetched again, with a Range request, once the video seeks there.
            page.setContent("<video id='video' muted preload='metadata' src='"
                    + server.resolve("/video") + "'></video>");
            page.waitForFunction("document.getElementById('video').readyState >= 1");
            double duration = ((Number) page.evaluate("document.getElementById('video').duration")).doubleValue();
            int requestsBeforeSeek = responses.size();

            page.evaluate("video => { video.currentTime = video.duration / 2; return video.play(); }",
                    page.querySelector("#video"));
            page.waitForFunction("half => document.getElementById('video').currentTime > half + 1",
                    duration / 2);

            int width = ((Number) page.evaluate("document.getElementById('video').videoWidth")).intValue();
            assertTrue(width > 0, "videoWidth is " + width);
            List<Response> afterSeek = responses.subList(requestsBeforeSeek, responses.size());
            assertFalse(afterSeek.isEmpty(), "no request after the seek; all: " + describe(responses));
            assertTrue(afterSeek.stream().anyMatch(VideoPlaybackBrowserTest::isRangeFromMiddle),
                    "no Range request from past the start after the seek: " + describe(responses));
            for (Response response : responses) {
                assertEquals(206, response.status(), describe(List.of(response)));
            }
        }
    }

    // Returns whether a response is a 206 to a Range request from past byte 0, with a matching Content-Range.
    private static boolean isRangeFromMiddle(Response response) {
        String range = response.request().headerValue("range");
        String contentRange = response.headerValue("content-range");
        if (range == null || contentRange == null || !range.startsWith("bytes=")) {
            return false;
        }
        String first = range.substring("bytes=".length(), range.indexOf('-'));
        return response.status() == 206 && !first.equals("0")
                && contentRange.startsWith("bytes " + first + "-");
    }

    private static String describe(List<Response> responses) {
        return responses.stream()
                .map(response -> response.status() + " " + response.request().headerValue("range"))
                .toList()
                .toString();
    }
}
