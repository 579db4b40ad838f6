package lv.socialais.portal.signin;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * How we are registered with the state's eID provider (OpenID Connect), read while
 * RESIDENT_SIGN_IN is {@code oidc}. The client secret comes only from the environment or a
 * system property, never from the repository. The personal code is read from the ID token's
 * claim OIDC_PERSONAL_CODE_CLAIM ({@code personal_code}); a provider that puts it in the
 * subject is served by setting that to {@code sub}.
 */
@ApplicationScoped
public class OidcSettings {

    @Inject
    @ConfigProperty(name = "OIDC_ISSUER")
    private Optional<String> issuer;

    @Inject
    @ConfigProperty(name = "OIDC_CLIENT_ID")
    private Optional<String> clientId;

    @Inject
    @ConfigProperty(name = "OIDC_CLIENT_SECRET")
    private Optional<String> clientSecret;

    @Inject
    @ConfigProperty(name = "OIDC_PERSONAL_CODE_CLAIM", defaultValue = "personal_code")
    private String personalCodeClaim;

    @Inject
    @ConfigProperty(name = "OIDC_SCOPES", defaultValue = "openid")
    private String scopes;

    @Inject
    @ConfigProperty(name = "OIDC_REDIRECT_URI")
    private Optional<String> redirectUri;

    @Inject
    @ConfigProperty(name = "OIDC_TIMEOUT_MS", defaultValue = "5000")
    private int timeoutMillis;

    public String issuer() {
        return required(issuer, "OIDC_ISSUER");
    }

    public String clientId() {
        return required(clientId, "OIDC_CLIENT_ID");
    }

    public String clientSecret() {
        return required(clientSecret, "OIDC_CLIENT_SECRET");
    }

    public String personalCodeClaim() {
        return personalCodeClaim.strip();
    }

    /** The scopes asked for, {@code openid} always among them. */
    public String scopes() {
        String asked = scopes.strip();
        return (" " + asked + " ").contains(" openid ") ? asked : ("openid " + asked).strip();
    }

    /** Our callback as registered with the provider; unset, it is derived from the request. */
    public Optional<String> redirectUri() {
        return redirectUri.map(String::strip).filter(uri -> !uri.isEmpty());
    }

    public int timeoutMillis() {
        return timeoutMillis;
    }

    private static String required(Optional<String> value, String name) {
        return value.map(String::strip)
                .filter(v -> !v.isEmpty())
                .orElseThrow(() ->
                        new OidcUnavailableException(name + " is not set; it is required with RESIDENT_SIGN_IN=oidc"));
    }
}
