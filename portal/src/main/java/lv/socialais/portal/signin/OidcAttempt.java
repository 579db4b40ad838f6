package lv.socialais.portal.signin;

import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;

/**
 * A sign-in sent to the eID provider and not yet back: what the answer must match (state), what
 * the ID token must carry (nonce), the PKCE verifier the code is redeemed with, and whether the
 * resident was on his way to a protected page. Kept in the HTTP session, which the cluster
 * replicates, so the answer may arrive at any node.
 */
public record OidcAttempt(String state, String nonce, String codeVerifier, String redirectUri, boolean continued)
        implements Serializable {

    /** The session attribute that holds the attempt under way. */
    static final String SESSION_ATTRIBUTE = OidcAttempt.class.getName();

    /** Without the state, nonce and verifier, so that they never reach a log by accident. */
    @Override
    public String toString() {
        return "OidcAttempt[redirectUri=" + redirectUri + ", continued=" + continued + "]";
    }

    /** Whether the provider's answer carries this attempt's state (compared in constant time). */
    boolean answeredBy(String answerState) {
        return answerState != null
                && MessageDigest.isEqual(
                        state.getBytes(StandardCharsets.UTF_8), answerState.getBytes(StandardCharsets.UTF_8));
    }
}
