package lv.socialais.portal.signin;

import java.util.Locale;
import java.util.Optional;

/** Why a sign-in through the eID provider did not let the resident in; each has its message. */
public enum OidcProblem {

    /** The answer does not belong to a sign-in started in this browser (state), or came too late. */
    STATE,
    /** The resident cancelled at the provider, or the provider refused. */
    CANCELLED,
    /** The ID token failed a check: signature, issuer, audience, expiry or nonce. */
    TOKEN,
    /** The token carries no valid personal code. */
    PERSONAL_CODE,
    /** A child: a parent or guardian applies for him. */
    MINOR,
    /** The provider could not be reached or is not configured. */
    UNAVAILABLE;

    public String messageKey() {
        return "signin.oidc.problem." + name().toLowerCase(Locale.ROOT);
    }

    /** The problem named in a request parameter, if it names one. */
    public static Optional<OidcProblem> named(String name) {
        for (OidcProblem problem : values()) {
            if (problem.name().equalsIgnoreCase(name == null ? "" : name.strip())) {
                return Optional.of(problem);
            }
        }
        return Optional.empty();
    }
}
