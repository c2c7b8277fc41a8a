package dev.spotter.browser;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeOptions;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Starts Debian's chromium through Debian's chromedriver, so that nothing is downloaded at run time. Where
 * chromium is absent the journey is skipped with a message, unless -Dspotter.browser.required=true (as in CI)
 * makes it fail instead.
 */
final class Browser {

    static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");

    private Browser() {
    }

    static ChromeDriver start() {
        boolean present = Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER);
        if (!present && Boolean.getBoolean("spotter.browser.required")) {
            throw new IllegalStateException("Browser tests are required but /usr/bin/chromium or "
                    + "/usr/bin/chromedriver is missing: apt-get install chromium chromium-driver");
        }
        assumeTrue(present, "Skipping browser journey: /usr/bin/chromium and /usr/bin/chromedriver are not "
                + "installed (apt-get install chromium chromium-driver)");
        System.setProperty("webdriver.chrome.driver", CHROMEDRIVER.toString());
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--no-first-run", "--window-size=390,844",
                // No fades: an element mid-animation reads as empty text and makes a journey flaky.
                "--force-prefers-reduced-motion");
        // Chromium will not make a window narrower than 500 px; emulating the phone's screen gives the real
        // 390 x 844 viewport of a current phone.
        options.setExperimentalOption("mobileEmulation", java.util.Map.of("deviceMetrics",
                java.util.Map.of("width", 390, "height", 844, "pixelRatio", 2.0)));
        ChromeDriver driver = new ChromeDriver(options);
        driver.manage().timeouts().implicitlyWait(Duration.ofSeconds(5));
        return driver;
    }
}
