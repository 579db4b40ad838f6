package lv.socialais.portal.signin;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;

/**
 * Sends a member of staff who opened a staff page without signing in on to the staff sign-in
 * page (user name and password) instead of the residents' eID sign-in, where Jakarta Security's
 * single login page leads everyone.
 */
@Named
@RequestScoped
public class SignInRouting {

    /** Where Soteria keeps the request that led to the sign-in page. */
    private static final String SAVED_REQUEST = "org.glassfish.soteria.original.request";

    public void routeStaff() throws IOException {
        ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
        HttpSession session = ((HttpServletRequest) external.getRequest()).getSession(false);
        Object saved = session == null ? null : session.getAttribute(SAVED_REQUEST);
        if (saved != null && requestUrl(saved).contains("/staff/")) {
            external.redirect(external.getRequestContextPath() + "/staff/signin.xhtml");
            FacesContext.getCurrentInstance().responseComplete();
        }
    }

    private static String requestUrl(Object savedRequest) {
        try {
            return String.valueOf(savedRequest.getClass().getMethod("getRequestURL").invoke(savedRequest));
        } catch (ReflectiveOperationException e) {
            return String.valueOf(savedRequest);
        }
    }
}
