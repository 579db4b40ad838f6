package lv.socialais.portal.staff;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStore;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;
import lv.socialais.security.Role;
import lv.socialais.staff.StaffDirectory;
import lv.socialais.staff.StaffSignIn;
import lv.socialais.staff.StaffSignIns;

/**
 * Staff users sign in with a user name and password, checked against the staff directory in
 * the database (PBKDF2 hashes, lockout after repeated failures). The caller's groups are his
 * roles. A refusal says nothing of why (wrong name, wrong password or a locked account).
 */
@ApplicationScoped
public class StaffIdentityStore implements IdentityStore {

    @Inject
    private StaffDirectory directory;

    @Inject
    private StaffSignIns signIns;

    @Override
    public Set<ValidationType> validationTypes() {
        return EnumSet.of(ValidationType.VALIDATE, ValidationType.PROVIDE_GROUPS);
    }

    @Override
    public CredentialValidationResult validate(Credential credential) {
        if (!(credential instanceof UsernamePasswordCredential password)) {
            return CredentialValidationResult.NOT_VALIDATED_RESULT;
        }
        StaffSignIn signIn =
                signIns.signIn(password.getCaller(), password.getPassword().getValue());
        return signIn.identity()
                .map(identity -> new CredentialValidationResult(
                        identity.username(),
                        identity.roles().stream().map(Role::name).collect(Collectors.toSet())))
                .orElse(CredentialValidationResult.INVALID_RESULT);
    }

    @Override
    public Set<String> getCallerGroups(CredentialValidationResult validationResult) {
        return directory
                .byUsername(validationResult.getCallerPrincipal().getName())
                .map(user -> user.getRoles().stream().map(Role::name).collect(Collectors.toSet()))
                .orElse(Set.of());
    }
}
