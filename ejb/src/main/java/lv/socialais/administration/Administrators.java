package lv.socialais.administration;

import jakarta.ejb.ApplicationException;
import lv.socialais.security.Actor;
import lv.socialais.security.Role;

/**
 * Only administrators keep the catalogue, the forms, the staff users and the reference data.
 * The pages are closed to other roles already; the use cases check again, so that no other
 * entry point can change them.
 */
public final class Administrators {

    private Administrators() {}

    public static void require(Actor actor) {
        if (actor == null || actor.role() != Role.ADMIN) {
            throw new NotAnAdministrator(actor);
        }
    }

    /** A change asked for by someone who is not an administrator. */
    @ApplicationException(rollback = true)
    public static class NotAnAdministrator extends RuntimeException {

        private static final long serialVersionUID = 1L;

        NotAnAdministrator(Actor actor) {
            super(actor + " is not an administrator");
        }
    }
}
