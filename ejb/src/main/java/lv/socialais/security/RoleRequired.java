package lv.socialais.security;

import jakarta.ejb.ApplicationException;
import java.util.EnumSet;
import java.util.Set;

/**
 * A use case open only to some roles. The pages that lead to it are closed to the other roles
 * already (web.xml); the use case checks again, so that no other entry point reaches it.
 */
@ApplicationException(rollback = true)
public class RoleRequired extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private RoleRequired(Actor actor, Set<Role> allowed) {
        super(actor + " is not one of " + allowed);
    }

    /** @throws RoleRequired unless the actor acts in one of the roles */
    public static void require(Actor actor, Role first, Role... others) {
        Set<Role> allowed = EnumSet.of(first, others);
        if (actor == null || !allowed.contains(actor.role())) {
            throw new RoleRequired(actor, allowed);
        }
    }
}
