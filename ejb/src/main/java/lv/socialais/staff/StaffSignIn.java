package lv.socialais.staff;

import java.io.Serializable;
import java.util.Optional;
import java.util.Set;
import lv.socialais.security.Role;

/** How a staff sign-in ended: with the identity, or why not. */
public record StaffSignIn(Outcome outcome, Optional<Identity> identity) implements Serializable {

    public enum Outcome {
        SIGNED_IN,
        INVALID,
        LOCKED
    }

    /** Who signed in, for the security context and the Actor of the use cases. */
    public record Identity(String username, String displayName, Set<Role> roles, String departmentCode)
            implements Serializable {}

    static StaffSignIn signedIn(StaffUser user) {
        return new StaffSignIn(
                Outcome.SIGNED_IN,
                Optional.of(new Identity(
                        user.getUsername(),
                        user.getDisplayName(),
                        user.getRoles(),
                        user.getDepartment().map(d -> d.getCode()).orElse(null))));
    }

    static StaffSignIn refused(Outcome outcome) {
        return new StaffSignIn(outcome, Optional.empty());
    }
}
