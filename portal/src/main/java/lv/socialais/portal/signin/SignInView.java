package lv.socialais.portal.signin;

import static jakarta.security.enterprise.authentication.mechanism.http.AuthenticationParameters.withParams;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.SecurityContext;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import java.util.List;
import java.util.Optional;
import lv.socialais.person.PersonalCode;
import lv.socialais.portal.i18n.Texts;

/**
 * The development sign-in page: a test person, or any valid personal code of an adult. After
 * signing in the resident returns to the page he wanted, or goes to "My applications".
 */
@Named
@RequestScoped
public class SignInView {

    private static final String MY_APPLICATIONS = "/resident/applications.xhtml";

    @Inject
    private SecurityContext securityContext;

    @Inject
    private FacesContext faces;

    @Inject
    private Texts texts;

    @Inject
    private SignInSettings settings;

    @Inject
    private OidcSignIn oidc;

    @Inject
    private SignInThrottle throttle;

    private String personalCode;

    public List<TestPersons.TestPerson> getTestPersons() {
        return TestPersons.all();
    }

    public void signInAs(String code) throws IOException {
        personalCode = code;
        signIn();
    }

    public void signIn() throws IOException {
        if (!throttle.allows((HttpServletRequest) faces.getExternalContext().getRequest())) {
            faces.getExternalContext().setResponseStatus(429);
            error(texts.get("signin.throttled"));
            return;
        }
        var problem = PersonalCode.check(personalCode);
        if (problem.isPresent()) {
            error(texts.get(problem.get().messageKey()));
            return;
        }
        if (Adults.isMinor(PersonalCode.of(personalCode))) {
            error(texts.get("signin.minor"));
            return;
        }
        ExternalContext external = faces.getExternalContext();
        HttpServletRequest request = (HttpServletRequest) external.getRequest();
        if (request.getSession(false) != null) {
            request.changeSessionId(); // a new session id with the new identity: no session fixation
        }
        // Sent here from a protected page ("continue"), the sign-in continues that request: on
        // success Soteria redirects back to it. Otherwise it is a new authentication.
        boolean continued = "true".equals(request.getParameter("continue"));
        AuthenticationStatus status = securityContext.authenticate(
                request,
                (HttpServletResponse) external.getResponse(),
                withParams()
                        .credential(new PersonalCodeCredential(personalCode))
                        .newAuthentication(!continued));
        switch (status) {
            case SEND_CONTINUE -> faces.responseComplete(); // back to the page he wanted
            case SUCCESS -> external.redirect(external.getRequestContextPath() + MY_APPLICATIONS);
            default -> error(texts.get("signin.failed"));
        }
    }

    /** Ends the session here and, signed in through the eID provider, there too when it offers that. */
    public void signOut() throws IOException, ServletException {
        ExternalContext external = faces.getExternalContext();
        HttpServletRequest request = (HttpServletRequest) external.getRequest();
        request.logout();
        external.invalidateSession();
        external.redirect(providerSignOut(request).orElse(external.getRequestContextPath() + "/"));
    }

    private Optional<String> providerSignOut(HttpServletRequest request) {
        if (!settings.isOidc()) {
            return Optional.empty();
        }
        try {
            return oidc.endSession(request).map(URI::toString);
        } catch (OidcUnavailableException e) {
            return Optional.empty(); // signed out here; the provider's own session ends on its own
        }
    }

    private void error(String message) {
        faces.addMessage("signin:code", new FacesMessage(FacesMessage.SEVERITY_ERROR, message, message));
        faces.validationFailed();
    }

    public String getPersonalCode() {
        return personalCode;
    }

    public void setPersonalCode(String personalCode) {
        this.personalCode = personalCode;
    }
}
