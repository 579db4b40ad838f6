package lv.socialais.portal.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.net.URL;
import java.net.http.HttpResponse;
import java.util.Map;
import lv.socialais.portal.testing.Deployments;
import lv.socialais.portal.testing.WebSession;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The war as the build makes it, with nothing set: a production install. Residents never sign
 * in by typing a personal code there; only the launcher's embedded run switches that on.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class SafeDefaultsIT {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.production();
    }

    @ArquillianResource
    private URL portal;

    @Test
    void aProductionInstallOffersNoSignInByPersonalCode() {
        WebSession visitor = new WebSession(portal);
        HttpResponse<String> signIn = visitor.get("signin/index.xhtml");

        assertFalse(signIn.body().contains("Jānis Bērziņš"), "no fixture persons to sign in as");
        assertFalse(signIn.body().contains("signin:code"), "no field for a personal code");
        HttpResponse<String> forged = visitor.post(
                "signin/index.xhtml", Map.of("signin", "signin", "signin:code", "140385-12712", "signin:submit", ""));
        assertFalse(
                forged.statusCode() == 302
                        && forged.headers().firstValue("Location").orElse("").contains("/resident/"),
                "a forged post of the development form signs nobody in");
        assertEquals(302, visitor.get("resident/applications.xhtml").statusCode(), "still nobody is signed in");
    }
}
