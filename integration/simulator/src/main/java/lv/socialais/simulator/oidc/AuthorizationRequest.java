package lv.socialais.simulator.oidc;

import java.net.URI;
import java.util.Map;
import java.util.function.Function;

/**
 * An authorization request as a client sent it, checked: the code flow for our registered
 * client, an absolute http(s) redirect URI, the {@code openid} scope and a PKCE S256 challenge
 * (which this provider requires). The nonce and state are echoed back as given.
 */
record AuthorizationRequest(
        String clientId, String redirectUri, String scope, String state, String nonce, String codeChallenge) {

    /** The parameters that travel through the authorization page's forms. */
    static final String[] PARAMETERS = {
        "response_type",
        "client_id",
        "redirect_uri",
        "scope",
        "state",
        "nonce",
        "code_challenge",
        "code_challenge_method"
    };

    static AuthorizationRequest from(Function<String, String> parameter, RegisteredClient client) {
        require("code".equals(parameter.apply("response_type")), "response_type must be code");
        require(client.clientId().equals(parameter.apply("client_id")), "unknown client_id");
        String redirect = parameter.apply("redirect_uri");
        require(redirect != null && isHttpUrl(redirect), "redirect_uri must be an absolute http(s) URL");
        String scope = parameter.apply("scope");
        require(scope != null && (" " + scope + " ").contains(" openid "), "scope must include openid");
        require(
                "S256".equals(parameter.apply("code_challenge_method")) && parameter.apply("code_challenge") != null,
                "PKCE with code_challenge_method S256 is required");
        return new AuthorizationRequest(
                parameter.apply("client_id"),
                redirect,
                scope,
                blankToNull(parameter.apply("state")),
                blankToNull(parameter.apply("nonce")),
                parameter.apply("code_challenge"));
    }

    Map<String, String> asParameters() {
        return Map.of(
                "response_type",
                "code",
                "client_id",
                clientId,
                "redirect_uri",
                redirectUri,
                "scope",
                scope,
                "state",
                state == null ? "" : state,
                "nonce",
                nonce == null ? "" : nonce,
                "code_challenge",
                codeChallenge,
                "code_challenge_method",
                "S256");
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }

    private static boolean isHttpUrl(String text) {
        try {
            URI uri = URI.create(text);
            return uri.isAbsolute()
                    && uri.getHost() != null
                    && ("http".equals(uri.getScheme()) || "https".equals(uri.getScheme()));
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    private static void require(boolean condition, String problem) {
        if (!condition) {
            throw new InvalidRequestException(problem);
        }
    }

    /** A request the provider does not serve; shown to the tester, never sent back to the client. */
    static final class InvalidRequestException extends RuntimeException {

        private static final long serialVersionUID = 1L;

        InvalidRequestException(String message) {
            super(message);
        }
    }
}
