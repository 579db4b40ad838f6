package lv.socialais.portal.signin;

import com.nimbusds.oauth2.sdk.id.State;
import com.nimbusds.oauth2.sdk.pkce.CodeVerifier;
import com.nimbusds.openid.connect.sdk.Nonce;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.net.URI;
import java.util.Optional;
import lv.socialais.portal.web.PublicAddress;

/**
 * A resident's sign-in through the eID provider, on our side: starts an attempt (fresh random
 * state, nonce and PKCE verifier kept in the session) and takes it back when the provider
 * answers. An attempt is used once.
 */
@ApplicationScoped
public class OidcSignIn {

    static final String CALLBACK = "/signin/oidc/callback";

    @Inject
    private OidcSettings settings;

    @Inject
    private OidcProvider provider;

    /** Our addresses come from PUBLIC_URL, never from the Host header of a request. */
    private final PublicAddress address = PublicAddress.fromConfig();

    /** Starts an attempt and tells where to send the resident. */
    URI start(HttpServletRequest request, boolean continued) {
        String redirectUri = settings.redirectUri().orElseGet(() -> address.of(request, CALLBACK));
        OidcAttempt attempt = new OidcAttempt(
                new State().getValue(), new Nonce().getValue(), new CodeVerifier().getValue(), redirectUri, continued);
        URI authorization = provider.authorizationRequest(attempt);
        request.getSession().setAttribute(OidcAttempt.SESSION_ATTRIBUTE, attempt);
        return authorization;
    }

    /** Takes the attempt under way out of the session: the provider answers it once. */
    Optional<OidcAttempt> take(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        if (session == null || !(session.getAttribute(OidcAttempt.SESSION_ATTRIBUTE) instanceof OidcAttempt attempt)) {
            return Optional.empty();
        }
        session.removeAttribute(OidcAttempt.SESSION_ATTRIBUTE);
        return Optional.of(attempt);
    }

    /** Where the provider should send the resident after signing him out there, if it can. */
    Optional<URI> endSession(HttpServletRequest request) {
        return provider.endSessionRequest(URI.create(address.of(request, "/")));
    }
}
