package lv.socialais.deploy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.FormElement;

/**
 * A browser's worth of HTTP against one port of the local cluster (the balancer, or a node):
 * cookies kept, redirects followed, forms filled in as the page gives them.
 */
final class ClusterVisitor {

    /** The heading of "My applications", which only a signed-in resident is shown. */
    static final String MY_APPLICATIONS = "<h1>Mani iesniegumi</h1>";

    private static final Pattern NONCE = Pattern.compile("'nonce-([^']+)'");

    private final int port;
    private final CookieManager cookies = new CookieManager();
    private final HttpClient http = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1) // as a browser speaks to a cleartext address
            .cookieHandler(cookies)
            .followRedirects(HttpClient.Redirect.NORMAL)
            .build();

    ClusterVisitor(int port) {
        this.port = port;
    }

    HttpResponse<String> get(String path) throws Exception {
        return http.send(request(path).build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    HttpResponse<String> postForm(String path, String form) throws Exception {
        return send(path, "application/x-www-form-urlencoded", form);
    }

    /** A SOAP 1.1 request. */
    HttpResponse<String> postXml(String path, String xml) throws Exception {
        return send(path, "text/xml; charset=UTF-8", xml);
    }

    /**
     * Opens the page, takes the form's fields as the page filled them in, changes the ones
     * given, and presses the button; answers the page that comes back.
     */
    String submitForm(String page, String formId, Map<String, String> changes, String button) throws Exception {
        HttpResponse<String> opened = get(page);
        assertEquals(200, opened.statusCode(), page);
        Document document = Jsoup.parse(opened.body(), opened.uri().toString());
        FormElement form = (FormElement) document.getElementById(formId);
        assertTrue(form != null, "form " + formId + " on " + page + ":\n" + opened.body());
        Map<String, String> fields = new LinkedHashMap<>();
        form.formData().forEach(field -> fields.putIfAbsent(field.key(), field.value()));
        // A browser sends only the button pressed: jsoup lists every submit button with the fields.
        form.select("input[type=submit], button").forEach(other -> fields.remove(other.attr("name")));
        changes.forEach((name, value) -> {
            assertTrue(fields.containsKey(name), "the form has " + name + ": " + fields.keySet());
            fields.put(name, value);
        });
        fields.put(button, "");
        // PrimeFaces' CSP mode refuses a post without the page's nonce, which its script adds in a browser.
        opened.headers()
                .firstValue("Content-Security-Policy")
                .map(NONCE::matcher)
                .filter(Matcher::find)
                .ifPresent(nonce -> fields.put("primefaces.nonce", nonce.group(1)));
        String body = fields.entrySet().stream()
                .map(field -> encode(field.getKey()) + "=" + encode(field.getValue()))
                .collect(Collectors.joining("&"));
        URI action = URI.create(form.absUrl("action"));
        String target = action.getRawPath() + (action.getRawQuery() == null ? "" : "?" + action.getRawQuery());
        HttpResponse<String> answer = postForm(target, body);
        assertEquals(200, answer.statusCode(), answer.body());
        return answer.body();
    }

    /** The development sign-in of a resident, as the form posts it. */
    void signInAsResident(String personalCode) throws Exception {
        String page = submitForm("/signin/index.xhtml", "signin", Map.of("signin:code", personalCode), "signin:submit");
        assertTrue(page.contains(MY_APPLICATIONS), "signed in:\n" + page);
    }

    /** A staff member's sign-in with user name and password. */
    void signInAsStaff(String username, String password) throws Exception {
        String page = submitForm(
                "/staff/signin.xhtml",
                "staffSignIn",
                Map.of("staffSignIn:username", username, "staffSignIn:password", password),
                "staffSignIn:signIn");
        assertTrue(!page.contains("id=\"staffSignIn\""), "signed in as " + username + ":\n" + page);
    }

    /** The node HAProxy's cookie names. */
    String node() {
        return cookies.getCookieStore().getCookies().stream()
                .filter(cookie -> cookie.getName().equals("NODE"))
                .map(HttpCookie::getValue)
                .findFirst()
                .orElseThrow(() -> new AssertionError("no NODE cookie from the balancer"));
    }

    private HttpResponse<String> send(String path, String contentType, String body) throws Exception {
        return http.send(
                request(path)
                        .header("Content-Type", contentType)
                        .header("SOAPAction", "\"\"") // asked for by SOAP 1.1, ignored by the rest
                        .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8))
                        .build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(URI.create("http://localhost:" + port + path));
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
