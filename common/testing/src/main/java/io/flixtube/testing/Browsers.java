package io.flixtube.testing;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Playwright;

/**
 * Starts headless Chromium for browser tests: the system Chromium when one is installed, so
 * that nothing is downloaded, and Playwright's own browser otherwise.
 */
public final class Browsers {

    /** Path of the browser that Debian's chromium package installs. */
    public static final Path SYSTEM_CHROMIUM = Path.of("/usr/bin/chromium");

    // Without the networking switches Chromium keeps calling Google's hosts, which a closed
    // build network refuses; --no-sandbox lets it run as root in a container or CI machine.
    private static final List<String> ARGUMENTS = List.of(
            "--no-sandbox",
            "--disable-gpu",
            "--disable-quic",
            "--no-first-run",
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-sync",
            "--autoplay-policy=no-user-gesture-required");

    private Browsers() {
    }

    /**
     * Starts Playwright and a headless Chromium; closing the returned session closes both.
     */
    public static BrowserSession chromium() {
        Path executable = chromiumExecutable();
        Playwright.CreateOptions createOptions = new Playwright.CreateOptions();
        if (executable != null) {
            createOptions.setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1"));
        }
        Playwright playwright = Playwright.create(createOptions);
        BrowserType.LaunchOptions launchOptions = new BrowserType.LaunchOptions()
                .setHeadless(true)
                .setArgs(ARGUMENTS);
        if (executable != null) {
            launchOptions.setExecutablePath(executable);
        }
        try {
            return new BrowserSession(playwright, playwright.chromium().launch(launchOptions));
        } catch (RuntimeException e) {
            playwright.close();
            throw e;
        }
    }

    /**
     * Returns the Chromium to drive: {@code FLIXTUBE_CHROMIUM} when set, the system Chromium
     * when present, or {@code null} for Playwright's own download.
     */
    static Path chromiumExecutable() {
        String configured = System.getenv("FLIXTUBE_CHROMIUM");
        if (configured != null && !configured.isBlank()) {
            return Path.of(configured);
        }
        return Files.isExecutable(SYSTEM_CHROMIUM) ? SYSTEM_CHROMIUM : null;
    }

    /**
     * A running browser and the Playwright driver behind it.
     *
     * @param playwright the driver
     * @param browser    the browser it started
     */
    public record BrowserSession(Playwright playwright, Browser browser) implements AutoCloseable {

        @Override
        public void close() {
            browser.close();
            playwright.close();
        }
    }
}
