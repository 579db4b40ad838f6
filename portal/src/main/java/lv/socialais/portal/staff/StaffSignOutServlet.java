package lv.socialais.portal.staff;

import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * Signs a member of staff out: the session ends and the sign-in page is shown. Only by POST (the
 * menu's sign-out button): a GET, such as an image on some other page, must not end a session.
 */
@WebServlet("/staff/signout")
public class StaffSignOutServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response)
            throws IOException, ServletException {
        request.logout();
        if (request.getSession(false) != null) {
            request.getSession(false).invalidate();
        }
        response.sendRedirect(request.getContextPath() + "/staff/signin.xhtml");
    }
}
