package lv.socialais.portal.testing.pages;

import java.net.URL;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;

/** The administrator's list of staff users and the form that creates one. */
public final class StaffUsersPage extends Page {

    private StaffUsersPage(WebDriver driver) {
        super(driver, new Effort());
    }

    public static StaffUsersPage open(WebDriver driver, URL portal) {
        driver.get(portal + "staff/admin/users.xhtml");
        return new StaffUsersPage(driver);
    }

    /** Fills the new user's form, with one role ticked, without sending it. */
    public void fillNewUser(String username, String displayName, String password, String role, String department) {
        type(By.id("create:username"), username);
        type(By.id("create:displayName"), displayName);
        password(password);
        click(By.cssSelector("input[name='create:roles'][value='" + role + "']"));
        select(By.id("create:department"), department);
    }

    public void password(String password) {
        type(By.id("create:password"), password);
    }

    public String username() {
        return value(By.id("create:username"));
    }

    public void create() {
        clickAndReload(By.id("create:createUser"));
    }

    public String messages() {
        return text(By.id("create:messages"));
    }

    public String users() {
        return text(By.id("users"));
    }
}
