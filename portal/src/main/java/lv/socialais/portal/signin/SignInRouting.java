package lv.socialais.portal.signin;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.util.logging.Level;
import java.util.logging.Logger;
import lv.socialais.portal.i18n.Texts;

/**
 * Where Jakarta Security's single login page leads on to: a member of staff who opened a staff
 * page without signing in goes to the staff sign-in page (user name and password); a resident,
 * while RESIDENT_SIGN_IN is {@code oidc}, goes straight to the state's eID provider. The page
 * itself is shown to residents only for the development sign-in, or to explain why the eID
 * sign-in did not let them in.
 */
@Named
@RequestScoped
public class SignInRouting {

    private static final Logger LOG = Logger.getLogger(SignInRouting.class.getName());

    /** Where Soteria keeps the request that led to the sign-in page. */
    private static final String SAVED_REQUEST = "org.glassfish.soteria.original.request";

    @Inject
    private SignInSettings settings;

    @Inject
    private OidcSignIn oidc;

    @Inject
    private Texts texts;

    private OidcProblem problem;

    public void route() throws IOException {
        FacesContext faces = FacesContext.getCurrentInstance();
        ExternalContext external = faces.getExternalContext();
        HttpServletRequest request = (HttpServletRequest) external.getRequest();
        if (isOnWayToStaffPage(request)) {
            external.redirect(external.getRequestContextPath() + "/staff/signin.xhtml");
            faces.responseComplete();
            return;
        }
        problem = OidcProblem.named(request.getParameter("problem")).orElse(null);
        if (settings.isOidc() && problem == null) {
            try {
                external.redirect(oidc.start(request, "true".equals(request.getParameter("continue")))
                        .toString());
                faces.responseComplete();
            } catch (OidcUnavailableException e) {
                LOG.log(Level.WARNING, "eID sign-in cannot start: " + e.getMessage(), e.getCause());
                problem = OidcProblem.UNAVAILABLE;
            }
        }
    }

    /** Why the last eID sign-in did not let the resident in, in his language; empty when it did not fail. */
    public String getProblemMessage() {
        return problem == null ? "" : texts.get(problem.messageKey());
    }

    private static boolean isOnWayToStaffPage(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        Object saved = session == null ? null : session.getAttribute(SAVED_REQUEST);
        return saved != null && requestUrl(saved).contains("/staff/");
    }

    private static String requestUrl(Object savedRequest) {
        try {
            return String.valueOf(
                    savedRequest.getClass().getMethod("getRequestURL").invoke(savedRequest));
        } catch (ReflectiveOperationException e) {
            return String.valueOf(savedRequest);
        }
    }
}
