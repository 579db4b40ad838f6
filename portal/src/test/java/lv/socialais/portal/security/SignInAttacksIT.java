package lv.socialais.portal.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.net.http.HttpResponse;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import lv.socialais.portal.testing.Deployments;
import lv.socialais.portal.testing.WebSession;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;

/** The staff and resident sign-in tried as an attacker would, over real HTTP. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class SignInAttacksIT {

    private static final ResourceBundle LATVIAN =
            ResourceBundle.getBundle("lv.socialais.portal.i18n.messages", Locale.forLanguageTag("lv"));

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.portal();
    }

    @ArquillianResource
    private URL portal;

    @Test
    @Order(1)
    void aSessionIdPlantedBeforeTheStaffSignInIsWorthNothingAfterIt() {
        WebSession victim = new WebSession(portal);
        victim.get("staff/signin.xhtml");
        String planted = victim.sessionId().orElseThrow();

        victim.signInStaff("vaditaja");

        assertNotEquals(planted, victim.sessionId().orElseThrow(), "a new session id with the sign-in");
        assertEquals(200, victim.get("staff/queue.xhtml").statusCode());
        WebSession attacker = new WebSession(portal);
        attacker.useSessionId(planted);
        HttpResponse<String> stolen = attacker.get("staff/queue.xhtml");
        assertEquals(302, stolen.statusCode(), "the planted id opens nothing");
        assertTrue(stolen.headers().firstValue("Location").orElse("").contains("signin"));
    }

    @Test
    @Order(2)
    void aResidentSessionIdPlantedBeforeTheSignInIsWorthNothingAfterIt() {
        WebSession victim = new WebSession(portal);
        victim.get("signin/index.xhtml");
        String planted = victim.sessionId().orElseThrow();

        victim.signInResident("080142-11279");

        assertNotEquals(planted, victim.sessionId().orElseThrow());
        WebSession attacker = new WebSession(portal);
        attacker.useSessionId(planted);
        assertEquals(302, attacker.get("resident/applications.xhtml").statusCode());
    }

    @Test
    @Order(3)
    void aLinkOrImageCannotSignStaffOutOnlyTheSignOutButtonCan() {
        WebSession clerk = new WebSession(portal).signInStaff("registrators");

        assertEquals(405, clerk.get("staff/signout").statusCode(), "a GET, as an <img src> on any page would send");
        assertEquals(200, clerk.get("staff/queue.xhtml").statusCode(), "still signed in");

        HttpResponse<String> signedOut = clerk.post("staff/signout", Map.of());
        assertEquals(302, signedOut.statusCode());
        assertTrue(signedOut.headers().firstValue("Location").orElse("").endsWith("/staff/signin.xhtml"));
        assertEquals(302, clerk.get("staff/queue.xhtml").statusCode(), "signed out");
    }

    @Test
    @Order(4)
    void aWrongUserAWrongPasswordAndALockedAccountGetOneAndTheSameAnswer() {
        String generic = LATVIAN.getString("staff.signIn.invalid");

        String unknownUser = failedSignIn("nav-tada-lietotaja", "Kaut-kas-1");
        String wrongPassword = failedSignIn("anna", "nepareiza-parole");

        assertTrue(unknownUser.contains(generic), unknownUser);
        assertTrue(wrongPassword.contains(generic), wrongPassword);
        assertFalse(unknownUser.contains(LATVIAN.getString("signin.throttled")));
    }

    @Test
    @Order(5)
    void aGuesserFromOneAddressIsHeldBackBeforeTheLockout() {
        int allowed = 0;
        HttpResponse<String> last = null;
        for (int attempt = 0; attempt < 30; attempt++) {
            last = new WebSession(portal)
                    .submit(
                            "staff/signin.xhtml",
                            "staffSignIn",
                            Map.of("username", "minetajs-" + attempt, "password", "Minejums-" + attempt),
                            "signIn");
            if (last.statusCode() == 429) {
                break;
            }
            allowed++;
        }

        assertTrue(allowed <= 20, "at most SIGN_IN_ATTEMPTS_PER_MINUTE (20) a minute, were " + allowed);
        assertEquals(429, last.statusCode());
        assertTrue(last.body().contains(LATVIAN.getString("signin.throttled")), last.body());
        HttpResponse<String> resident =
                new WebSession(portal).submit("signin/index.xhtml", "signin", Map.of("code", "080142-11279"), "submit");
        assertEquals(429, resident.statusCode(), "the development sign-in from the same address waits too");
    }

    private String failedSignIn(String user, String password) {
        HttpResponse<String> refused = new WebSession(portal)
                .submit("staff/signin.xhtml", "staffSignIn", Map.of("username", user, "password", password), "signIn");
        assertEquals(200, refused.statusCode());
        return refused.body();
    }
}
