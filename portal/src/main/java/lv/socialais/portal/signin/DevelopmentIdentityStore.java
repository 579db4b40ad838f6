package lv.socialais.portal.signin;

import static jakarta.security.enterprise.identitystore.CredentialValidationResult.INVALID_RESULT;
import static jakarta.security.enterprise.identitystore.CredentialValidationResult.NOT_VALIDATED_RESULT;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStore;
import java.util.Set;
import lv.socialais.person.PersonalCode;
import lv.socialais.security.Role;

/**
 * The development stand-in for eID: trusts a valid personal code of an adult. Answers only
 * while RESIDENT_SIGN_IN is {@code development}, and only for {@link PersonalCodeCredential};
 * any other credential (a staff user's password, later) is left to the other stores.
 * The caller name is the normalised 11-digit code, the group RESIDENT.
 */
@ApplicationScoped
public class DevelopmentIdentityStore implements IdentityStore {

    @Inject
    private SignInSettings settings;

    @Override
    public CredentialValidationResult validate(Credential credential) {
        if (!(credential instanceof PersonalCodeCredential resident) || !settings.isDevelopment()) {
            return NOT_VALIDATED_RESULT;
        }
        if (!PersonalCode.isValid(resident.personalCode())
                || Adults.isMinor(PersonalCode.of(resident.personalCode()))) {
            return INVALID_RESULT;
        }
        return new CredentialValidationResult(
                PersonalCode.of(resident.personalCode()).value(), Set.of(Role.RESIDENT.name()));
    }
}
