package lv.socialais.portal.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * One visitor of the portal over real HTTP, as a browser without JavaScript would be: his own
 * cookies, redirects not followed (so that a test sees where he is sent), and the Faces forms
 * posted with their view state. The tests' one HTTP helper: a browser test borrows the browser's
 * session cookies for it (BrowserTest#get), and the simulator's control page is posted through it too.
 */
public final class WebSession {

    public static final String STAFF_PASSWORD = "portal-test-staff";
    private static final Pattern VIEW_STATE =
            Pattern.compile("name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]+)\"");
    private static final Pattern NONCE = Pattern.compile("'nonce-([^']+)'");

    private final URI portal;
    private final CookieManager cookies = new CookieManager();
    private final HttpClient http;

    public WebSession(URL portal) {
        try {
            this.portal = portal.toURI();
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException(e);
        }
        this.http = HttpClient.newBuilder()
                .cookieHandler(cookies)
                .followRedirects(HttpClient.Redirect.NEVER)
                .connectTimeout(Duration.ofSeconds(10))
                .build();
    }

    public HttpResponse<String> get(String path) {
        return send(HttpRequest.newBuilder(resolve(path))
                .timeout(Duration.ofSeconds(60))
                .GET()
                .build());
    }

    /** A GET of a document (a PDF, an export), its bytes as they came. */
    public HttpResponse<byte[]> getBytes(String path) {
        return send(
                HttpRequest.newBuilder(resolve(path))
                        .timeout(Duration.ofSeconds(60))
                        .GET()
                        .build(),
                HttpResponse.BodyHandlers.ofByteArray());
    }

    public HttpResponse<String> post(String path, Map<String, String> fields) {
        return send(formPost(path, fields));
    }

    private HttpRequest formPost(String path, Map<String, String> fields) {
        return HttpRequest.newBuilder(resolve(path))
                .timeout(Duration.ofSeconds(60))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(encode(fields)))
                .build();
    }

    /** Posts a SOAP 1.1 message. */
    public HttpResponse<String> postXml(String path, String message) {
        return send(HttpRequest.newBuilder(resolve(path))
                .timeout(Duration.ofSeconds(60))
                .header("Content-Type", "text/xml; charset=UTF-8")
                .header("SOAPAction", "\"\"")
                .POST(HttpRequest.BodyPublishers.ofString(message, StandardCharsets.UTF_8))
                .build());
    }

    /** Opens the page, fills the form's fields and presses its button. */
    public HttpResponse<String> submit(String path, String form, Map<String, String> fields, String button) {
        return submit(path, form, fields, button, posted -> {});
    }

    /**
     * Like {@link #submit(String, String, Map, String)}, but the posted fields (the page's view
     * state and nonce among them) pass through the tampering first, as a forged or stale form's would.
     */
    public HttpResponse<String> submit(
            String path,
            String form,
            Map<String, String> fields,
            String button,
            Consumer<Map<String, String>> tampering) {
        Map<String, String> posted = filledForm(path, form, fields, button);
        tampering.accept(posted);
        return post(path, posted);
    }

    /** Like {@link #submit(String, String, Map, String)} for a button that answers with a file to download. */
    public HttpResponse<byte[]> download(String path, String form, Map<String, String> fields, String button) {
        return send(formPost(path, filledForm(path, form, fields, button)), HttpResponse.BodyHandlers.ofByteArray());
    }

    /** Opens the page and fills its form as a browser would post it. */
    private Map<String, String> filledForm(String path, String form, Map<String, String> fields, String button) {
        HttpResponse<String> opened = get(path);
        String page = opened.body();
        Matcher viewState = VIEW_STATE.matcher(page);
        if (!viewState.find()) {
            throw new AssertionError("no form on " + path + ":\n" + page);
        }
        Map<String, String> posted = new LinkedHashMap<>();
        posted.put(form, form);
        fields.forEach((name, value) -> posted.put(form + ":" + name, value));
        posted.put(form + ":" + button, "");
        posted.put("jakarta.faces.ViewState", viewState.group(1));
        // PrimeFaces' CSP mode refuses a post without the page's nonce, which its script adds in a browser.
        Matcher nonce = NONCE.matcher(
                opened.headers().firstValue("Content-Security-Policy").orElse(""));
        if (nonce.find()) {
            posted.put("primefaces.nonce", nonce.group(1));
        }
        return posted;
    }

    /** Signs in through the development stand-in for eID. */
    public WebSession signInResident(String personalCode) {
        expectRedirect(
                submit("signin/index.xhtml", "signin", Map.of("code", personalCode), "submit"),
                "resident " + personalCode);
        return this;
    }

    public WebSession signInStaff(String user) {
        return signInStaff(user, STAFF_PASSWORD);
    }

    public WebSession signInStaff(String user, String password) {
        expectRedirect(
                submit("staff/signin.xhtml", "staffSignIn", Map.of("username", user, "password", password), "signIn"),
                "staff " + user);
        return this;
    }

    public Optional<String> sessionId() {
        return cookies.getCookieStore().getCookies().stream()
                .filter(cookie -> cookie.getName().equals("JSESSIONID"))
                .map(HttpCookie::getValue)
                .findFirst();
    }

    /** Replaces this visitor's session cookie, as an attacker who planted one would. */
    public void useSessionId(String id) {
        cookies.getCookieStore().removeAll();
        addCookie("JSESSIONID", id);
    }

    /** Adds a cookie the portal set elsewhere, e.g. in a browser, to carry its session over. */
    public void addCookie(String name, String value) {
        HttpCookie cookie = new HttpCookie(name, value);
        cookie.setPath("/");
        cookie.setVersion(0);
        cookies.getCookieStore().add(portal, cookie);
    }

    private static void expectRedirect(HttpResponse<String> response, String who) {
        if (response.statusCode() != 302) {
            throw new AssertionError(who + " did not sign in: " + response.statusCode() + "\n" + response.body());
        }
    }

    private URI resolve(String path) {
        return portal.resolve(path.startsWith("/") ? path.substring(1) : path);
    }

    private HttpResponse<String> send(HttpRequest request) {
        return send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private <T> HttpResponse<T> send(HttpRequest request, HttpResponse.BodyHandler<T> body) {
        try {
            return http.send(request, body);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String encode(Map<String, String> fields) {
        return fields.entrySet().stream()
                .map(field -> URLEncoder.encode(field.getKey(), StandardCharsets.UTF_8) + "="
                        + URLEncoder.encode(field.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
    }
}
