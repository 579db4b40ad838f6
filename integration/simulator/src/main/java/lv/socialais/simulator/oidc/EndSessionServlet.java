package lv.socialais.simulator.oidc;

import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;

/**
 * RP-initiated logout. The stand-in keeps no sessions of its own, so there is nothing to end:
 * it sends the browser back to {@code post_logout_redirect_uri}, or says the session is over.
 */
@WebServlet(name = "OidcEndSession", urlPatterns = "/oidc/logout")
public class EndSessionServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String back = request.getParameter("post_logout_redirect_uri");
        if (back != null && isHttpUrl(back)) {
            response.sendRedirect(back);
            return;
        }
        response.setContentType("text/html");
        response.setCharacterEncoding("UTF-8");
        response.getWriter()
                .write("<!DOCTYPE html><html lang=\"lv\"><head><meta charset=\"UTF-8\"><title>Izrakstīts</title>"
                        + "</head><body><h1>Jūs esat izgājis / You are signed out</h1></body></html>");
    }

    private static boolean isHttpUrl(String text) {
        try {
            URI uri = URI.create(text);
            return uri.isAbsolute() && ("http".equals(uri.getScheme()) || "https".equals(uri.getScheme()));
        } catch (IllegalArgumentException e) {
            return false;
        }
    }
}
