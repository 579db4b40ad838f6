package lv.socialais.portal.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;

/**
 * axe-core (installed from npm by the build into target/axe) injected into the page under
 * test: reports the WCAG 2.0/2.1 A and AA violations of serious or critical impact.
 */
public final class Axe {

    private static final String RUN = """
            var done = arguments[arguments.length - 1];
            axe.run(document, {runOnly: {type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']}})
              .then(function (result) {
                done(JSON.stringify(result.violations
                  .filter(function (v) { return v.impact === 'serious' || v.impact === 'critical'; })
                  .map(function (v) {
                    return {rule: v.id, impact: v.impact, help: v.help,
                            nodes: v.nodes.slice(0, 5).map(function (n) { return n.target.join(' ') + ' ' + n.failureSummary; })};
                  })));
              })
              .catch(function (e) { done('axe failed: ' + e); });
            """;

    private final String source;

    public Axe() {
        try {
            source = Files.readString(Path.of(System.getProperty("axe.script")));
        } catch (IOException e) {
            throw new UncheckedIOException("axe-core is missing: the build installs it with npm ci", e);
        }
    }

    /** The serious and critical violations of the page as JSON: "[]" when there are none. */
    public String seriousViolations(WebDriver driver) {
        driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(60));
        JavascriptExecutor js = (JavascriptExecutor) driver;
        js.executeScript(source);
        return (String) js.executeAsyncScript(RUN);
    }
}
