package lv.socialais.portal.staff;

import static jakarta.security.enterprise.authentication.mechanism.http.AuthenticationParameters.withParams;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.SecurityContext;
import jakarta.security.enterprise.credential.Password;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import lv.socialais.portal.signin.SignInThrottle;

/**
 * The staff sign-in page: user name and password, then the work queue. Attempts are limited per
 * client address; a successful one gets a new session id, so that a session id planted before
 * the sign-in is worth nothing after it.
 */
@Named
@RequestScoped
public class StaffSignInView {

    @Inject
    private SecurityContext security;

    @Inject
    private SignInThrottle throttle;

    private String username;
    private String password;

    public void signIn() throws IOException {
        FacesContext faces = FacesContext.getCurrentInstance();
        ExternalContext external = faces.getExternalContext();
        HttpServletRequest request = (HttpServletRequest) external.getRequest();
        if (!throttle.allows(request)) {
            password = null;
            external.setResponseStatus(429);
            error(faces, "signin.throttled");
            return;
        }
        if (request.getSession(false) != null) {
            request.changeSessionId(); // a new session id with the new identity: no session fixation
        }
        AuthenticationStatus status = security.authenticate(
                request,
                (HttpServletResponse) external.getResponse(),
                withParams()
                        .newAuthentication(true)
                        .credential(new UsernamePasswordCredential(username, new Password(password))));
        password = null;
        if (status == AuthenticationStatus.SUCCESS) {
            external.redirect(external.getRequestContextPath() + "/staff/queue.xhtml");
            faces.responseComplete();
        } else if (status == AuthenticationStatus.SEND_CONTINUE) {
            faces.responseComplete();
        } else {
            // One message for a wrong name, a wrong password and a locked account: a guesser learns nothing.
            error(faces, "staff.signIn.invalid");
        }
    }

    private static void error(FacesContext faces, String key) {
        String text = faces.getApplication().getResourceBundle(faces, "i18n").getString(key);
        faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, text, text));
    }

    public String getUsername() {
        return username;
    }

    public void setUsername(String username) {
        this.username = username;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }
}
