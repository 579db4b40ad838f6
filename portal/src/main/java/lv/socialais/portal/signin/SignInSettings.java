package lv.socialais.portal.signin;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * How residents sign in, from the setting RESIDENT_SIGN_IN: {@code oidc}, the default, sends
 * them to the state's eID provider (OpenID Connect, see {@link OidcSettings}); {@code development},
 * which only the launcher's embedded run sets, offers the stand-in for the state portal's eID (test
 * persons, any valid personal code); any other value switches resident sign-in off. A production
 * server thus never lets someone in by typing a code unless told to, and the launcher refuses that
 * with an external database.
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
