package lv.socialais.simulator.oidc;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.PrintWriter;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.regex.Pattern;
import lv.socialais.simulator.fixture.FixturePerson;
import lv.socialais.simulator.fixture.Fixtures;

/**
 * The authorization endpoint, where latvija.lv would ask for the eID card or bank login: the
 * tester picks a fixture person or types a personal code (or cancels), and the browser goes
 * back to the client with a code (or {@code error=access_denied}) and the client's state.
 * Keeps no session: the request's parameters travel in the page's form.
 */
@WebServlet(name = "OidcAuthorize", urlPatterns = "/oidc/authorize")
public class AuthorizeServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;
    private static final Pattern PERSONAL_CODE = Pattern.compile("\\d{6}-?\\d{5}");

    @Inject
    private OpenIdProvider provider;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        AuthorizationRequest authorization = checked(request, response);
        if (authorization != null) {
            page(request, response, authorization, null);
        }
    }

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        AuthorizationRequest authorization = checked(request, response);
        if (authorization == null) {
            return;
        }
        if (request.getParameter("cancel") != null) {
            back(response, authorization, "error=access_denied");
            return;
        }
        String chosen = request.getParameter("person");
        String code = chosen != null ? chosen : request.getParameter("personal_code");
        if (code == null || !PERSONAL_CODE.matcher(code.strip()).matches()) {
            page(request, response, authorization, "Personas kodam jābūt 11 cipariem / 11 digits, e.g. 140385-12712.");
            return;
        }
        back(
                response,
                authorization,
                "code=" + encode(provider.issueCode(authorization, code.strip().replace("-", ""))));
    }

    private AuthorizationRequest checked(HttpServletRequest request, HttpServletResponse response) throws IOException {
        try {
            return AuthorizationRequest.from(request::getParameter, provider.client());
        } catch (AuthorizationRequest.InvalidRequestException e) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            response.setContentType("text/plain");
            response.setCharacterEncoding("UTF-8");
            response.getWriter().write("Invalid authorization request: " + e.getMessage());
            return null;
        }
    }

    private static void back(HttpServletResponse response, AuthorizationRequest authorization, String result)
            throws IOException {
        String redirect = authorization.redirectUri();
        String state = authorization.state() == null ? "" : "&state=" + encode(authorization.state());
        response.sendRedirect(redirect + (redirect.contains("?") ? "&" : "?") + result + state);
    }

    private static void page(
            HttpServletRequest request,
            HttpServletResponse response,
            AuthorizationRequest authorization,
            String problem)
            throws IOException {
        response.setContentType("text/html");
        response.setCharacterEncoding("UTF-8");
        response.setHeader("Cache-Control", "no-store");
        PrintWriter out = response.getWriter();
        out.println("<!DOCTYPE html><html lang=\"lv\"><head><meta charset=\"UTF-8\">"
                + "<title>eID pieslēgšanās (simulators)</title><style>body{font-family:sans-serif;margin:2em}"
                + "li{margin:.3em 0}.problem{color:#b10e1e;font-weight:bold}</style></head><body>");
        out.println("<h1>latvija.lv eID — simulators</h1>");
        out.println("<p>Stand-in for the state's eID provider (OpenID Connect), for development and tests only."
                + " Sign in as a fixture person or type any personal code.</p>");
        if (problem != null) {
            out.printf("<p class=\"problem\" role=\"alert\">%s</p>%n", escape(problem));
        }
        out.println("<h2>Fixture persons</h2>");
        form(out, request, authorization);
        out.println("<ul>");
        for (FixturePerson person : Fixtures.standard().all()) {
            out.printf(
                    "<li><button type=\"submit\" name=\"person\" value=\"%s\" data-code=\"%s\">%s</button> <code>%s</code>%s</li>%n",
                    escape(person.personalCode()),
                    escape(person.personalCode()),
                    escape(person.fullName()),
                    escape(person.personalCode()),
                    person.deceased() ? " (deceased)" : "");
        }
        out.println("</ul></form><h2>Any personal code</h2>");
        form(out, request, authorization);
        out.println(
                "<p><label for=\"personal_code\">Personas kods</label> <input id=\"personal_code\" name=\"personal_code\""
                        + " autocomplete=\"off\"> <button type=\"submit\" id=\"sign-in\">Pieslēgties</button></p>"
                        + "<p><button type=\"submit\" name=\"cancel\" value=\"true\" id=\"cancel\">Atcelt / Cancel</button></p></form>");
        out.println("</body></html>");
    }

    /** Opens a form that posts the authorization request back with the tester's choice. */
    private static void form(PrintWriter out, HttpServletRequest request, AuthorizationRequest authorization) {
        out.printf("<form method=\"post\" action=\"%s/oidc/authorize\">%n", escape(request.getContextPath()));
        for (Map.Entry<String, String> parameter : authorization.asParameters().entrySet()) {
            out.printf(
                    "<input type=\"hidden\" name=\"%s\" value=\"%s\">%n",
                    escape(parameter.getKey()), escape(parameter.getValue()));
        }
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;")
                .replace("<", "&lt;")
                .replace(">", "&gt;")
                .replace("\"", "&quot;");
    }
}
