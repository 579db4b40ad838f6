package lv.socialais.portal.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;

/**
 * A real headless Debian chromium driven by chromedriver, one per test class. Register it with
 * {@code @RegisterExtension}: after a failed test it keeps a screenshot of the page in
 * target/screenshots, named after the test. A test whose pages broke their Content-Security-Policy
 * (the browser refused a script, a style or a frame) fails, naming what was refused.
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
                    .addArguments(
                            "--headless",
                            "--no-sandbox",
                            "--disable-gpu",
                            "--disable-quic",
                            "--no-first-run",
                            "--disable-background-networking",
                            "--disable-component-update",
                            "--disable-sync",
                            "--disable-dev-shm-usage",
                            "--window-size=1280,900",
                            "--user-data-dir=" + profile);
            // The console is read after every test: a Content-Security-Policy violation fails it.
            options.setCapability("goog:loggingPrefs", java.util.Map.of("browser", "ALL"));
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
            Path file = Path.of(System.getProperty("screenshots.folder", "target/screenshots"))
                    .resolve(name + ".png");
            Files.createDirectories(file.getParent());
            Files.write(file, driver().getScreenshotAs(OutputType.BYTES));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void afterEach(ExtensionContext context) throws IOException {
        List<String> violations = cspViolations();
        if (driver != null && (context.getExecutionException().isPresent() || !violations.isEmpty())) {
            Path folder = Path.of(System.getProperty("screenshots.folder", "target/screenshots"));
            Files.createDirectories(folder);
            String name = context.getRequiredTestClass().getSimpleName() + "-"
                    + context.getRequiredTestMethod().getName();
            Files.write(folder.resolve(name + ".png"), driver.getScreenshotAs(OutputType.BYTES));
        }
        if (!violations.isEmpty()) {
            throw new AssertionError("the pages broke their Content-Security-Policy: " + violations);
        }
    }

    /** What the browser refused under the Content-Security-Policy since the last look. */
    public List<String> cspViolations() {
        if (driver == null) {
            return List.of();
        }
        return driver.manage().logs().get(LogType.BROWSER).getAll().stream()
                .map(LogEntry::getMessage)
                .filter(message ->
                        message.contains("Content Security Policy") || message.contains("Content-Security-Policy"))
                .toList();
    }

    @Override
    public void close() {
        if (driver != null) {
            driver.quit();
            driver = null;
        }
    }
}
