package lv.socialais.portal.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import lv.socialais.portal.testing.BrowserTest;
import lv.socialais.portal.testing.Deployments;
import lv.socialais.portal.testing.Wait;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;

/** A resident opens the home page in headless chromium and finds the catalogue in his language. */
class HomePageBrowserIT extends BrowserTest {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.portal();
    }

    @Test
    void theHomePageListsTheCatalogueInLatvianByDefault() {
        WebDriver page = open();

        assertEquals("lv", page.findElement(By.tagName("html")).getAttribute("lang"));
        assertEquals(
                "Ko var pieprasīt", page.findElement(By.id("catalogue-heading")).getText());
        List<WebElement> names = page.findElements(By.cssSelector("#catalogue .catalogue__name"));
        assertEquals(53, names.size());
        assertEquals("NEEDY_HOUSEHOLD_STATUS", names.get(0).getAttribute("data-code"));
        assertEquals("Trūcīgas mājsaimniecības statuss", names.get(0).getText());
        assertTrue(page.getPageSource().contains("Sociālās palīdzības nodaļa"), "departments are named in Latvian");
    }

    @Test
    void theVisitorSwitchesToEnglishAndRussian() {
        WebDriver page = open();

        switchTo(page, "en");
        assertEquals(
                "What you can apply for",
                page.findElement(By.id("catalogue-heading")).getText());
        assertEquals("Needy household status", firstTypeName(page));

        switchTo(page, "ru");
        assertEquals(
                "Что можно запросить",
                page.findElement(By.id("catalogue-heading")).getText());
        assertTrue(firstTypeName(page)
                .chars()
                .anyMatch(c -> Character.UnicodeBlock.of(c) == Character.UnicodeBlock.CYRILLIC));

        switchTo(page, "lv");
        assertEquals("Trūcīgas mājsaimniecības statuss", firstTypeName(page));
    }

    /** Clicks a language and waits until the page has come back in it (fails with a timeout if not). */
    private static void switchTo(WebDriver page, String language) {
        Wait.forNewPage(
                page,
                () -> page.findElement(By.cssSelector("input[lang='" + language + "']"))
                        .click());
        Wait.until(
                page,
                driver -> language.equals(driver.findElement(By.tagName("html")).getAttribute("lang")));
    }

    private WebDriver open() {
        WebDriver driver = BROWSER.driver();
        driver.manage().deleteAllCookies();
        driver.get(portal.toExternalForm());
        return driver;
    }

    private static String firstTypeName(WebDriver page) {
        return page.findElement(By.cssSelector("#catalogue .catalogue__name")).getText();
    }
}
