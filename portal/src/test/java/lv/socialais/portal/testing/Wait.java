package lv.socialais.portal.testing;

import java.time.Duration;
import java.util.function.Function;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Every wait of the tests in one place: for the browser (an element, a text, an address, the
 * PrimeFaces queue, the next page) and for time itself. A browser wait gives up after
 * {@link #PAGE} and fails the test with a timeout; a node replaced by the page meanwhile is looked
 * up again instead of failing.
 */
public final class Wait {

    /** How long a page or an ajax update may take on a busy two-core machine. */
    public static final Duration PAGE = Duration.ofSeconds(20);

    private Wait() {}

    /** Waits until the condition gives something other than null or false, and returns it. */
    public static <T> T until(WebDriver driver, Function<WebDriver, T> condition) {
        return until(driver, PAGE, condition);
    }

    public static <T> T until(WebDriver driver, Duration timeout, Function<WebDriver, T> condition) {
        return new WebDriverWait(driver, timeout)
                .ignoring(StaleElementReferenceException.class)
                .until(condition::apply);
    }

    public static WebElement forElement(WebDriver driver, By element) {
        return until(driver, ExpectedConditions.presenceOfElementLocated(element));
    }

    public static void forText(WebDriver driver, By where, String text) {
        until(driver, ExpectedConditions.textToBePresentInElementLocated(where, text));
    }

    public static void forUrl(WebDriver driver, String part) {
        until(driver, ExpectedConditions.urlContains(part));
    }

    /** Until PrimeFaces has sent every ajax request and updated the page with the answers. */
    public static void forAjax(WebDriver driver) {
        until(
                driver,
                d -> Boolean.TRUE.equals(((JavascriptExecutor) d)
                        .executeScript("return !window.PrimeFaces || PrimeFaces.ajax.Queue.isEmpty()")));
    }

    /**
     * Does what leads to another page (a click that posts or follows a link) and waits until that
     * page has replaced this one and finished loading.
     */
    public static void forNewPage(WebDriver driver, Runnable leave) {
        WebElement html = driver.findElement(By.tagName("html"));
        leave.run();
        // While a redirect chain (a sign-in) runs the browser may answer oddly for a moment; that
        // only means the old page is going.
        new WebDriverWait(driver, PAGE).ignoring(WebDriverException.class).until(ExpectedConditions.stalenessOf(html));
        forLoaded(driver);
    }

    public static void forLoaded(WebDriver driver) {
        until(driver, d -> "complete".equals(((JavascriptExecutor) d).executeScript("return document.readyState")));
    }

    /** Lets time pass, for polling something that has no event to wait for (a worker, a process). */
    public static void pause(Duration time) {
        try {
            Thread.sleep(time.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting", e);
        }
    }
}
