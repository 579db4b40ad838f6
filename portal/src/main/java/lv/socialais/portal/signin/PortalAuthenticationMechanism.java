package lv.socialais.portal.signin;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.security.enterprise.authentication.mechanism.http.LoginToContinue;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStoreHandler;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import lv.socialais.portal.web.SecurityHeaders;

/**
 * The portal's one authentication mechanism (Jakarta Security 3.0 allows one per application).
 * A sign-in page calls {@code SecurityContext.authenticate} with a credential; this mechanism
 * has it validated by whichever identity store accepts that kind of credential. Residents come
 * with a {@link PersonalCodeCredential}; staff with a {@code UsernamePasswordCredential},
 * validated by the staff identity store (PBKDF2, lockout). A protected resident page opened
 * without a session leads to the eID sign-in page and back afterwards; a staff page to the
 * staff sign-in page (see {@link SignInRouting}). The signed-in caller is kept in the session
 * by this mechanism and signed in again on each request by {@link CallerOfTheSessionInterceptor},
 * not by {@code @AutoApplySession}, which now and then loses his groups (see {@link SignedInCaller}).
 */
@CallerOfTheSession
@LoginToContinue(loginPage = "/signin/index.xhtml?continue=true", errorPage = "", useForwardToLogin = false)
@ApplicationScoped
public class PortalAuthenticationMechanism implements HttpAuthenticationMechanism {

    @Inject
    private IdentityStoreHandler identityStores;

    @Override
    public AuthenticationStatus validateRequest(
            HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
        // This runs before the container's security refuses a request, which no filter sees.
        SecurityHeaders.applyTo(request, response);
        Credential credential = context.getAuthParameters().getCredential();
        if (credential != null) {
            CredentialValidationResult result = identityStores.validate(credential);
            if (result.getStatus() == CredentialValidationResult.Status.VALID) {
                new SignedInCaller(result.getCallerPrincipal().getName(), result.getCallerGroups()).keepIn(request);
            }
            return context.notifyContainerAboutLogin(result);
        }
        return context.doNothing();
    }

    @Override
    public void cleanSubject(HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
        SignedInCaller.forget(request);
        HttpAuthenticationMechanism.super.cleanSubject(request, response, context);
    }
}
