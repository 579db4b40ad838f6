package lv.socialais.portal.i18n;

import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Duration;
import lv.socialais.portal.web.PublicAddress;

/**
 * The language switch: keeps the chosen language in a cookie for a year and shows the page the
 * visitor was on again. It goes back only to a page of the portal, never to another site.
 */
@WebServlet("/language/*")
public class LanguageServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String code = request.getPathInfo() == null ? "" : request.getPathInfo().substring(1);
        if (LocaleSelection.isOffered(code)) {
            Cookie cookie = new Cookie(LocaleSelection.COOKIE, code);
            cookie.setPath(request.getContextPath().isEmpty() ? "/" : request.getContextPath());
            cookie.setMaxAge((int) Duration.ofDays(365).toSeconds());
            cookie.setHttpOnly(true);
            cookie.setSecure(PublicAddress.fromConfig().secure());
            cookie.setAttribute("SameSite", "Lax");
            response.addCookie(cookie);
        }
        response.sendRedirect(request.getContextPath() + pageOfThePortal(request.getParameter("back")));
    }

    /** The page to go back to, as a path inside the portal; the catalogue when it is anything else. */
    static String pageOfThePortal(String back) {
        boolean local = back != null
                && back.startsWith("/")
                && !back.startsWith("//")
                && !back.contains("\\")
                && back.chars().noneMatch(Character::isISOControl);
        return local ? back : "/";
    }
}
