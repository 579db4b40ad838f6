package lv.socialais.benchmark;

import static io.gatling.javaapi.core.CoreDsl.css;
import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.core.CoreDsl.regex;
import static io.gatling.javaapi.http.HttpDsl.header;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

import io.gatling.javaapi.core.ChainBuilder;
import io.gatling.javaapi.core.CheckBuilder;
import io.gatling.javaapi.core.Session;
import io.gatling.javaapi.http.HttpProtocolBuilder;
import io.gatling.javaapi.http.HttpRequestActionBuilder;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * What a browser does with the portal's Faces pages, for Gatling: a form posted back with the
 * view state and the page's CSP nonce (PrimeFaces sends it as {@code primefaces.nonce}), a
 * PrimeFaces AJAX request with its partial parameters, the view state taken from each answer.
 */
final class Jsf {

    static final String VIEW_STATE = "jakarta.faces.ViewState";

    private Jsf() {}

    /**
     * A browser of the Latvian portal: asks for HTML in Latvian, takes gzip. Every request a full
     * answer, as a first visit: a conditional request's 304 would measure the cache, not the page.
     */
    static HttpProtocolBuilder browser(String url) {
        return http.baseUrl(url)
                .acceptHeader("text/html,application/xhtml+xml,*/*;q=0.8")
                .acceptEncodingHeader("gzip, deflate")
                .acceptLanguageHeader("lv")
                .userAgentHeader("socialais-benchmark (Gatling)")
                .disableCaching();
    }

    /** The view state of a full page. */
    static CheckBuilder viewStateOfPage() {
        return css("input[name='" + VIEW_STATE + "']", "value").saveAs("viewState");
    }

    /** The view state of a partial (AJAX) answer: the view goes on under a new one. */
    static CheckBuilder viewStateOfPartial() {
        return regex("ViewState:0\"><!\\[CDATA\\[([^\\]]+)").saveAs("viewState");
    }

    /** The page's CSP nonce, from its Content-Security-Policy header. */
    static CheckBuilder nonce() {
        return header("Content-Security-Policy")
                .transform(csp -> csp.replaceAll(".*'nonce-([^']+)'.*", "$1"))
                .saveAs("nonce");
    }

    /**
     * A PrimeFaces AJAX request of a button: what PrimeFaces.ab sends for {@code s:source,
     * p:process, u:update} from the form {@code formId}, with the form's own fields as given.
     */
    static HttpRequestActionBuilder ajax(
            String name,
            String path,
            String formId,
            String source,
            String process,
            String update,
            Function<Session, Map<String, String>> fields) {
        return http(name)
                .post(path)
                .header("Faces-Request", "partial/ajax")
                .header("X-Requested-With", "XMLHttpRequest")
                .formParamMap(session -> {
                    Map<String, Object> params = new HashMap<>(fields.apply(session));
                    params.put(formId, formId);
                    params.put("jakarta.faces.partial.ajax", "true");
                    params.put("jakarta.faces.source", source);
                    params.put("jakarta.faces.partial.execute", process);
                    params.put("jakarta.faces.partial.render", update);
                    params.put(source, source);
                    params.put(VIEW_STATE, session.getString("viewState"));
                    params.put("primefaces.nonce", session.getString("nonce"));
                    return params;
                });
    }

    /**
     * A full postback of the form saved as {@code form} (Gatling's form check: its fields as the
     * page had them) with the button pressed and the fields named by the end of their name set;
     * a value "#name" is the session's. The fields of repeated rows have generated names
     * ("wizard:j_idt93:0:code"): their ends are stable, their beginnings are not. A name no field
     * ends with (an unchecked checkbox, which the page does not send) is sent as it is.
     */
    static Function<Session, Map<String, Object>> postback(String button, Map<String, String> byEnding) {
        return session -> {
            Map<String, Object> params = new HashMap<>(session.getMap("form"));
            byEnding.forEach((ending, given) -> {
                String value = given.startsWith("#") ? session.getString(given.substring(1)) : given;
                List<String> names = params.keySet().stream()
                        .filter(name -> name.endsWith(ending))
                        .toList();
                if (names.isEmpty()) {
                    params.put(ending, value);
                }
                names.forEach(name -> params.put(name, value));
            });
            params.put(button, "");
            params.put(VIEW_STATE, session.getString("viewState"));
            params.put("primefaces.nonce", session.getString("nonce"));
            return params;
        };
    }

    /** The sign-in form of the development stand-in for eID, posted for the personal code in the session's {@code code}. */
    static ChainBuilder residentSignIn() {
        // Each resident from an address of his own, as the load balancer names him: the sign-in
        // limit per client address (SIGN_IN_ATTEMPTS_PER_MINUTE) is the product's, not the test's.
        return exec(clientAddress())
                .exec(http("sign-in page").get("/signin/index.xhtml").check(viewStateOfPage(), nonce()))
                .exec(http("sign in")
                        .post("/signin/index.xhtml")
                        .header("X-Forwarded-For", "#{client}")
                        .formParam("signin", "signin")
                        .formParam("signin:code", "#{code}")
                        .formParam("signin:submit", "")
                        .formParam(VIEW_STATE, "#{viewState}")
                        .formParam("primefaces.nonce", "#{nonce}")
                        .check(status().is(200), regex("Mani iesniegumi").exists()));
    }

    /** The staff sign-in form, for the user in the session's {@code staffUser}. */
    static ChainBuilder staffSignIn(String password) {
        return exec(clientAddress())
                .exec(http("staff sign-in page").get("/staff/signin.xhtml").check(viewStateOfPage(), nonce()))
                .exec(http("staff sign in")
                        .post("/staff/signin.xhtml")
                        .header("X-Forwarded-For", "#{client}")
                        .formParam("staffSignIn", "staffSignIn")
                        .formParam("staffSignIn:username", "#{staffUser}")
                        .formParam("staffSignIn:password", password)
                        .formParam("staffSignIn:signIn", "")
                        .formParam(VIEW_STATE, "#{viewState}")
                        .formParam("primefaces.nonce", "#{nonce}")
                        .check(status().is(200), css("form#staffSignIn").notExists()));
    }

    private static Function<Session, Session> clientAddress() {
        return session ->
                session.set("client", "10.1." + (session.userId() / 250) + "." + (session.userId() % 250 + 1));
    }
}
