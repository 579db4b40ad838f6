package lv.socialais.portal.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * A real headless Debian chromium driven by chromedriver, one per test class. Register it with
 * {@code @RegisterExtension}: after a failed test it keeps a screenshot of the page in
 * target/screenshots, named after the test.
 */
public final class Browser implements AfterEachCallback, AutoCloseable {

    private static final String CHROMIUM = "/usr/bin/chromium";
    private static final String CHROMEDRIVER = "/usr/bin/chromedriver";

    private ChromeDriver driver;

    /** The browser, started at first use. */
    public ChromeDriver driver() {
        if (driver == null) {
            driver = start();
        }
        return driver;
    }

    private static ChromeDriver start() {
        try {
            Path profile = Files.createTempDirectory("chromium-profile");
            ChromeOptions options = new ChromeOptions()
                    .setBinary(CHROMIUM)
                    .addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic",
                            "--no-first-run", "--disable-background-networking",
                            "--disable-component-update", "--disable-sync", "--disable-dev-shm-usage",
                            "--window-size=1280,900", "--user-data-dir=" + profile);
            ChromeDriverService service = new ChromeDriverService.Builder()
                    .usingDriverExecutable(Path.of(CHROMEDRIVER).toFile())
                    .usingAnyFreePort()
                    .build();
            ChromeDriver driver = new ChromeDriver(service, options);
            driver.manage().timeouts().implicitlyWait(Duration.ofSeconds(5));
            return driver;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Keeps a picture of the page as it is now, e.g. for describing the screens: target/screenshots/NAME.png. */
    public void screenshot(String name) {
        try {
            Path file = Path.of(System.getProperty("screenshots.folder", "target/screenshots")).resolve(name + ".png");
            Files.createDirectories(file.getParent());
            Files.write(file, driver().getScreenshotAs(OutputType.BYTES));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void afterEach(ExtensionContext context) throws IOException {
        if (driver != null && context.getExecutionException().isPresent()) {
            Path folder = Path.of(System.getProperty("screenshots.folder", "target/screenshots"));
            Files.createDirectories(folder);
            String name = context.getRequiredTestClass().getSimpleName() + "-" + context.getRequiredTestMethod().getName();
            Files.write(folder.resolve(name + ".png"), driver.getScreenshotAs(OutputType.BYTES));
        }
    }

    @Override
    public void close() {
        if (driver != null) {
            driver.quit();
            driver = null;
        }
    }
}
