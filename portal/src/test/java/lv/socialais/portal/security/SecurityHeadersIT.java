package lv.socialais.portal.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URL;
import java.net.URLDecoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
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
 * The headers a browser is given, on a portal set up as production is: reached over https
 * (PUBLIC_URL), residents signing in through the eID provider. The authorization matrix checks the
 * same defences on every door; this class checks what only such an install has, and the policy's
 * content.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class SecurityHeadersIT {

    private static final String PUBLIC_URL = "https://portals.example.lv";
    private static final Pattern NONCE = Pattern.compile("script-src 'self' 'nonce-([A-Za-z0-9+/=_-]+)'");

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.withSettings(
                Deployments.production(),
                "PUBLIC_URL=" + PUBLIC_URL,
                "RESIDENT_SIGN_IN=oidc",
                "OIDC_ISSUER=http://localhost:" + System.getProperty("simulator.port") + "/simulator/oidc",
                "OIDC_CLIENT_ID=socialais-portal");
    }

    @ArquillianResource
    private URL portal;

    @Test
    void aFormPostedWithoutItsPagesNonceIsSentToTheExpiredPageNotAServerError() {
        assertSentToTheExpiredPage(posted -> posted.remove("primefaces.nonce"));
    }

    @Test
    void aFormPostedWithAnotherPagesNonceIsSentToTheExpiredPage() {
        String othersNonce = nonceOf(new WebSession(portal).get("index.xhtml"));

        assertSentToTheExpiredPage(posted -> posted.put("primefaces.nonce", othersNonce));
    }

    @Test
    void aFormWhoseViewHasExpiredIsSentToTheExpiredPage() {
        assertSentToTheExpiredPage(posted -> posted.put("jakarta.faces.ViewState", "-1234567890123456789:987654321"));
    }

    /** The post is answered with a redirect (never a 500); the page it leads to works under the policy. */
    private void assertSentToTheExpiredPage(java.util.function.Consumer<java.util.Map<String, String>> tampering) {
        WebSession visitor = new WebSession(portal);

        HttpResponse<String> posted = visitor.submit(
                "staff/signin.xhtml",
                "staffSignIn",
                java.util.Map.of("username", "vaditaja", "password", "wrong"),
                "signIn",
                tampering);

        assertEquals(302, posted.statusCode(), posted.body());
        String location = posted.headers().firstValue("Location").orElse("");
        assertTrue(location.endsWith("/expired.xhtml"), location);
        HttpResponse<String> expired = visitor.get(location);
        assertEquals(200, expired.statusCode());
        assertTrue(expired.body().contains("Lapa ir novecojusi"), expired.body());
        String nonce = nonceOf(expired);
        assertTrue(expired.body().contains("nonce=\"" + nonce + "\""), "its scripts run");
    }

    @Test
    void anErrorPageHasNoFormThatWouldPostUnderWebInf() {
        HttpResponse<String> missing = new WebSession(portal).get("no-such-page.xhtml");

        assertEquals(404, missing.statusCode());
        assertTrue(missing.body().contains("Lapa nav atrasta"), missing.body());
        assertFalse(missing.body().contains("action=\"/WEB-INF"), "a form there posts where nobody can reach");
    }

    private static String nonceOf(HttpResponse<String> page) {
        Matcher nonce = NONCE.matcher(
                page.headers().firstValue("Content-Security-Policy").orElse(""));
        assertTrue(nonce.find(), page.headers().map().toString());
        return nonce.group(1);
    }

    @Test
    void aPageRunsOnlyTheScriptsThatCarryItsNonce() {
        HttpResponse<String> page = new WebSession(portal).get("index.xhtml");

        String policy = page.headers().firstValue("Content-Security-Policy").orElse("");
        assertEquals(
                1,
                page.headers().allValues("Content-Security-Policy").size(),
                "one policy: " + page.headers().map());
        Matcher nonce = NONCE.matcher(policy);
        assertTrue(nonce.find(), policy);
        assertFalse(
                policy.substring(policy.indexOf("script-src")).contains("unsafe"),
                "no inline or eval'd script: " + policy);
        assertTrue(policy.contains("frame-ancestors 'none'") && policy.contains("object-src 'none'"), policy);
        Matcher script = Pattern.compile("<script([^>]*)>").matcher(page.body());
        int scripts = 0;
        while (script.find()) {
            scripts++;
            assertTrue(
                    script.group(1).contains("src=\"") || script.group(1).contains("nonce=\"" + nonce.group(1) + "\""),
                    "an inline script without the page's nonce: " + script.group());
        }
        assertTrue(scripts > 0, "the page has scripts");
        assertFalse(
                Pattern.compile("\\son[a-z]+=\"").matcher(page.body()).find(), "no inline event handler in the page");
        assertTrue(page.headers().allValues("Cache-Control").stream().anyMatch(value -> value.contains("no-store")));
        assertEquals("no-referrer", page.headers().firstValue("Referrer-Policy").orElse(""));
        assertTrue(page.headers().firstValue("Permissions-Policy").orElse("").contains("camera=()"));
    }

    @Test
    void noAnswerNamesTheServerOrItsVersion() {
        WebSession visitor = new WebSession(portal);
        for (String path : List.of(
                "index.xhtml",
                "no-such-page.xhtml",
                "soap/intake?wsdl",
                "jakarta.faces.resource/js/behaviour.js.xhtml")) {
            HttpResponse<String> answer = visitor.get(path);

            assertEquals(List.of(), answer.headers().allValues("X-Powered-By"), path);
            assertEquals(List.of(), answer.headers().allValues("Server"), path);
            assertFalse(
                    answer.body().contains("Payara") || answer.body().contains("GlassFish"),
                    path + " names the server");
        }
    }

    @Test
    void anAnswerThatIsNotAPageMayRunNothingAndStaysInNoCache() {
        HttpResponse<String> wsdl = new WebSession(portal).get("soap/intake?wsdl");

        assertEquals(200, wsdl.statusCode());
        assertTrue(
                wsdl.headers().firstValue("Content-Security-Policy").orElse("").startsWith("default-src 'none'"),
                wsdl.headers().map().toString());
        assertEquals(
                "nosniff", wsdl.headers().firstValue("X-Content-Type-Options").orElse(""));
        assertTrue(wsdl.headers().allValues("Cache-Control").stream().anyMatch(value -> value.contains("no-store")));
    }

    @Test
    void overHttpsTheCookieIsSecureAndBrowsersAreToldToKeepToHttps() throws IOException {
        String answer = rawGet("signin/index.xhtml", portal.getHost() + ":" + portal.getPort());

        assertTrue(answer.contains("\nStrict-Transport-Security: max-age=31536000; includeSubDomains"), answer);
        String cookie = header(answer, "Set-Cookie");
        assertTrue(
                cookie.startsWith("JSESSIONID=") && cookie.contains("Secure") && cookie.contains("HttpOnly"), cookie);
    }

    @Test
    void theEidRedirectAddressComesFromPublicUrlNotFromTheHostHeader() throws IOException {
        String answer = rawGet("signin/index.xhtml", "attacker.example");

        String location = URLDecoder.decode(header(answer, "Location"), StandardCharsets.UTF_8);
        assertTrue(location.contains("redirect_uri=" + PUBLIC_URL + "/signin/oidc/callback"), location);
        assertFalse(location.contains("attacker.example"), location);
    }

    /** A GET with the Host header given, which Java's HTTP client will not forge. */
    private String rawGet(String path, String host) throws IOException {
        try (Socket socket = new Socket(portal.getHost(), portal.getPort())) {
            socket.setSoTimeout(30_000);
            OutputStream out = socket.getOutputStream();
            out.write(
                    ("GET " + portal.getPath() + path + " HTTP/1.1\r\nHost: " + host + "\r\nConnection: close\r\n\r\n")
                            .getBytes(StandardCharsets.US_ASCII));
            out.flush();
            InputStream in = socket.getInputStream();
            String answer = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            int end = answer.indexOf("\r\n\r\n");
            return (end < 0 ? answer : answer.substring(0, end)).replace("\r\n", "\n");
        }
    }

    private static String header(String answer, String name) {
        return answer.lines()
                .filter(line -> line.regionMatches(true, 0, name + ":", 0, name.length() + 1))
                .map(line -> line.substring(name.length() + 1).strip())
                .findFirst()
                .orElse("");
    }
}
