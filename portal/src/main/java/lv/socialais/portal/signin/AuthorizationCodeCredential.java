package lv.socialais.portal.signin;

import jakarta.security.enterprise.credential.Credential;

/**
 * The eID provider's answer to a sign-in: an authorization code, redeemed together with the
 * attempt it answers. Only {@link OidcIdentityStore} accepts it.
 */
public record AuthorizationCodeCredential(String code, OidcAttempt attempt) implements Credential {

    /** Without the code, so that it never reaches a log by accident. */
    @Override
    public String toString() {
        return "AuthorizationCodeCredential[" + attempt + "]";
    }
}
