package lv.socialais.portal.signin;

import static jakarta.security.enterprise.identitystore.CredentialValidationResult.INVALID_RESULT;
import static jakarta.security.enterprise.identitystore.CredentialValidationResult.NOT_VALIDATED_RESULT;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStore;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;
import lv.socialais.security.Role;

/**
 * The state's eID through OpenID Connect: redeems the provider's authorization code and trusts
 * the personal code of an adult that the checked ID token carries. Answers only while
 * RESIDENT_SIGN_IN is {@code oidc}, and only for {@link AuthorizationCodeCredential}. The caller
 * is the same as with the development sign-in: the normalised 11-digit code, group RESIDENT.
 */
@ApplicationScoped
public class OidcIdentityStore implements IdentityStore {

    private static final Logger LOG = Logger.getLogger(OidcIdentityStore.class.getName());

    @Inject
    private SignInSettings settings;

    @Inject
    private OidcProvider provider;

    @Inject
    private OidcSignInOutcome outcome;

    @Override
    public CredentialValidationResult validate(Credential credential) {
        if (!(credential instanceof AuthorizationCodeCredential code) || !settings.isOidc()) {
            return NOT_VALIDATED_RESULT;
        }
        IdTokenCheck.Outcome result;
        try {
            result = provider.redeem(code);
        } catch (OidcUnavailableException e) {
            LOG.log(Level.WARNING, "eID sign-in failed: " + e.getMessage(), e.getCause());
            outcome.refuse(OidcProblem.UNAVAILABLE);
            return INVALID_RESULT;
        }
        if (!result.accepted()) {
            LOG.warning(() -> "eID sign-in refused (" + result.problem() + "): " + result.reason());
            outcome.refuse(result.problem());
            return INVALID_RESULT;
        }
        return new CredentialValidationResult(result.resident().value(), Set.of(Role.RESIDENT.name()));
    }
}
