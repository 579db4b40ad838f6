package lv.socialais.portal.signin;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * How residents sign in, from the setting RESIDENT_SIGN_IN: {@code oidc}, the production
 * default, sends them to the state's eID provider; {@code development} (the embedded run only) offers the
 * stand-in for the state portal's eID (test persons, any valid personal code); {@code oidc} sends
 * them to the state's eID provider (OpenID Connect, see {@link OidcSettings}); any other value
 * switches resident sign-in off, so that a production server never lets someone in by typing a code.
 */
@Named
@ApplicationScoped
public class SignInSettings {

    static final String DEVELOPMENT = "development";
    static final String OIDC = "oidc";

    @Inject
    @ConfigProperty(name = "RESIDENT_SIGN_IN", defaultValue = OIDC)
    private String mode;

    public boolean isDevelopment() {
        return DEVELOPMENT.equalsIgnoreCase(mode.strip());
    }

    public boolean isOidc() {
        return OIDC.equalsIgnoreCase(mode.strip());
    }
}
